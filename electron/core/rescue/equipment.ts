// Equipment a team holds (装备): an item of the warehouse catalog and a quantity in its unit, assigned on a day and
// returned on a later one. An assignment is a record of who holds what, not a stock movement: the warehouse's
// own issue slip moves the stock. An assignment entered by mistake is voided with a reason.
import { rescueTeamEquipment } from '@db/schema';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { rowRead, valueRead } from '../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../records/write';
import { localToday, OWN_OFFICE } from '../stock/office';
import type { EquipmentInput, EquipmentRow } from './contract';
import { getTeam } from './teamList';
import { writableTeam } from './teams';

const COLUMNS = `e.id, e.row_version AS rowVersion, e.team_id AS teamId, e.item_id AS itemId,
  i.code AS itemCode, i.name AS itemName, i.unit, i.specification, e.quantity, e.assigned_date AS assignedDate,
  e.returned_date AS returnedDate, e.note`;
const FROM = 'FROM rescue_team_equipment e JOIN stock_items i ON i.id = e.item_id';
const OF_TEAM = rowRead<EquipmentRow, [teamId: string, all: number]>(
  `SELECT ${COLUMNS} ${FROM} WHERE e.team_id = ? AND e.voided = 0 AND (? = 1 OR e.returned_date IS NULL)
   ORDER BY e.returned_date IS NOT NULL, e.assigned_date DESC, i.code`,
);
const ONE = rowRead<EquipmentRow & { officeCode: string; voided: number }, [id: string]>(
  `SELECT ${COLUMNS}, e.office_code AS officeCode, e.voided ${FROM} WHERE e.id = ?`,
);
const LIVE_ITEM = valueRead<string, [id: string]>(
  `SELECT id FROM stock_items WHERE id = ? AND voided = 0 AND ${OWN_OFFICE}`,
);

export function teamEquipment(ctx: CoreContext, teamId: string, includeReturned = false): EquipmentRow[] {
  getTeam(ctx, teamId);
  return OF_TEAM.on(ctx.store.sqlite).all(teamId, includeReturned ? 1 : 0);
}

/** One assignment as the list shows it. */
function equipmentRow(ctx: CoreContext, id: string): EquipmentRow {
  const { officeCode: _office, voided: _voided, ...row } = ONE.on(ctx.store.sqlite).get(id)!;
  return row;
}

function liveAssignment(ctx: CoreContext, id: string) {
  const row = ONE.on(ctx.store.sqlite).get(id);
  if (!row || row.voided === 1) fail('RESCUE_EQUIPMENT_NOT_FOUND', { id });
  requireOwnRecord(ctx, row.officeCode);
  writableTeam(ctx, row.teamId);
  return row;
}

export function assignEquipment(ctx: CoreContext, input: EquipmentInput): EquipmentRow {
  const team = writableTeam(ctx, input.teamId);
  if (LIVE_ITEM.on(ctx.store.sqlite).get(input.itemId) === undefined)
    fail('RESCUE_EQUIPMENT_ITEM_NOT_FOUND', { id: input.itemId });
  if (input.assignedDate > localToday(ctx)) fail('RESCUE_DATE_FUTURE');
  const row = insertRecord(ctx, rescueTeamEquipment, team.officeCode, {
    teamId: team.id,
    itemId: input.itemId,
    quantity: input.quantity,
    assignedDate: input.assignedDate,
    returnedDate: null,
    note: input.note?.trim() || null,
  });
  return equipmentRow(ctx, row.id);
}

export function returnEquipment(ctx: CoreContext, id: string, returnedDate: string): EquipmentRow {
  const row = liveAssignment(ctx, id);
  if (row.returnedDate) fail('RESCUE_EQUIPMENT_RETURNED', { date: row.returnedDate });
  if (returnedDate > localToday(ctx)) fail('RESCUE_DATE_FUTURE');
  if (returnedDate < row.assignedDate) fail('RESCUE_EQUIPMENT_RETURN_BEFORE_ASSIGN');
  updateRecord(ctx, rescueTeamEquipment, id, { returnedDate }, row.rowVersion);
  return equipmentRow(ctx, id);
}

export function voidEquipment(ctx: CoreContext, id: string, reason: string): { voided: true } {
  liveAssignment(ctx, id);
  voidRecord(ctx, rescueTeamEquipment, id, reason);
  return { voided: true };
}
