// A rescue team's record: created with the office's next number unless it gives its own, edited, voided with a
// reason (its members, equipment and drills stay recorded). A team's type is one of the office's team types.
import { rescueTeams } from '@db/schema';
import { parseLandline } from '@rules/phone';
import { formatTeamNumber, teamNumberSeq } from '@rules/rescue';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { valueRead } from '../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../records/write';
import { localToday, officeCodeOf } from '../stock/office';
import type { RescueTeamInput, RescueTeamPatch, RescueTeamRow } from './contract';
import { requireListed } from './settings';
import { getTeam } from './teamList';

const NUMBERS = valueRead<string, [officeCode: string]>('SELECT number FROM rescue_teams WHERE office_code = ?');
const NUMBER_TAKEN = valueRead<string, [officeCode: string, number: string]>(
  'SELECT id FROM rescue_teams WHERE office_code = ? AND number = ?',
);
const NAME_TAKEN = valueRead<string, [officeCode: string, name: string]>(
  'SELECT id FROM rescue_teams WHERE office_code = ? AND name = ? AND voided = 0',
);

const clean = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

function nextNumber(ctx: CoreContext, officeCode: string): string {
  const numbers = NUMBERS.on(ctx.store.sqlite).all(officeCode);
  const last = numbers.reduce((max, n) => Math.max(max, teamNumberSeq(officeCode, n)), 0);
  return formatTeamNumber(officeCode, last + 1);
}

/** The fields as stored after the form's rules: a name not taken, a listed type, a phone that is one. */
function checkedFields(ctx: CoreContext, officeCode: string, fields: RescueTeamPatch, current?: RescueTeamRow) {
  const name = fields.name === undefined ? undefined : fields.name.replace(/\s+/g, ' ').trim();
  if (name !== undefined) {
    if (!name) fail('RESCUE_TEAM_NAME_REQUIRED');
    const other = NAME_TAKEN.on(ctx.store.sqlite).get(officeCode, name);
    if (other !== undefined && other !== current?.id) fail('RESCUE_TEAM_NAME_TAKEN', { name });
  }
  if (fields.type !== undefined) requireListed(ctx, 'teamTypes', fields.type, current?.type);
  const phone = parseLandline(clean(fields.contactPhone) ?? null);
  if (!phone.ok) fail('RESCUE_TEAM_PHONE_FORMAT');
  const foundedDate = clean(fields.foundedDate);
  if (foundedDate && foundedDate > localToday(ctx)) fail('RESCUE_DATE_FUTURE');
  return {
    name,
    type: fields.type,
    foundedDate,
    contactPhone: fields.contactPhone === undefined ? undefined : phone.value,
    notes: clean(fields.notes),
  };
}

export function createTeam(ctx: CoreContext, input: RescueTeamInput): RescueTeamRow {
  const officeCode = officeCodeOf(ctx);
  const fields = checkedFields(ctx, officeCode, input);
  const number = clean(input.number)?.toUpperCase() ?? nextNumber(ctx, officeCode);
  if (NUMBER_TAKEN.on(ctx.store.sqlite).get(officeCode, number) !== undefined)
    fail('RESCUE_TEAM_NUMBER_TAKEN', { number });
  const row = insertRecord(ctx, rescueTeams, officeCode, {
    number,
    name: fields.name!,
    type: fields.type!,
    foundedDate: fields.foundedDate ?? null,
    contactPhone: fields.contactPhone ?? null,
    notes: fields.notes ?? null,
  });
  return getTeam(ctx, row.id);
}

/** A live team of this office, or the reason it cannot be written to. */
export function writableTeam(ctx: CoreContext, id: string): RescueTeamRow {
  const team = getTeam(ctx, id);
  requireOwnRecord(ctx, team.officeCode);
  if (team.voided) fail('RESCUE_TEAM_VOIDED', { name: team.name });
  return team;
}

export function updateTeam(ctx: CoreContext, id: string, rowVersion: number, patch: RescueTeamPatch): RescueTeamRow {
  const team = writableTeam(ctx, id);
  updateRecord(ctx, rescueTeams, id, checkedFields(ctx, team.officeCode, patch, team), rowVersion);
  return getTeam(ctx, id);
}

export function voidTeam(ctx: CoreContext, id: string, reason: string): RescueTeamRow {
  writableTeam(ctx, id);
  voidRecord(ctx, rescueTeams, id, reason);
  return getTeam(ctx, id);
}
