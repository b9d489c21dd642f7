// The office's teams (志愿服务队) and skills: editable lists (add, rename, reorder, void), and which volunteers
// are in which - a volunteer may be in several teams and hold several skills.
import { volunteerGroupMembers, volunteerGroups } from '@db/schema';
import type { VolunteerGroupKind } from '@rules/volunteers';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecords, voidRecords } from '../../records/bulk';
import { rowRead, tupleRead, valueRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';
import { insertRecord, updateRecord, voidRecord } from '../../records/write';
import { officeCodeOf, OWN_OFFICE, readOfficeOf } from '../../stock/office';
import type { GroupRef, VolunteerGroupRow } from './contract';

type StoredGroup = Omit<VolunteerGroupRow, 'voided'> & { voided: number };

const GROUP_SQL = `SELECT g.id, g.row_version AS rowVersion, g.kind, g.name, g.notes, g.sort_order AS sortOrder,
  (SELECT count(*) FROM volunteer_group_members m JOIN volunteers v ON v.id = m.volunteer_id
    WHERE m.group_id = g.id AND m.voided = 0 AND v.voided = 0) AS members, g.voided
  FROM volunteer_groups g`;
const GROUPS = rowRead<StoredGroup, [kind: string, officeCode: string, all: number]>(
  `${GROUP_SQL} WHERE g.kind = ? AND g.office_code = ? AND (? = 1 OR g.voided = 0) ORDER BY g.voided, g.sort_order, g.name`,
);
const GROUP = rowRead<StoredGroup, [id: string]>(`${GROUP_SQL} WHERE g.id = ?`);
const LIVE_NAMED = valueRead<string, [kind: string, name: string]>(
  `SELECT id FROM volunteer_groups WHERE kind = ? AND name = ? AND voided = 0 AND ${OWN_OFFICE}`,
);
const LAST_ORDER = valueRead<number, [kind: string]>(
  `SELECT coalesce(max(sort_order), 0) FROM volunteer_groups WHERE kind = ? AND ${OWN_OFFICE}`,
);
const MEMBERSHIPS = tupleRead<[volunteerId: string, groupId: string, kind: VolunteerGroupKind, name: string]>(
  `SELECT m.volunteer_id, g.id, g.kind, g.name FROM volunteer_group_members m
   JOIN volunteer_groups g ON g.id = m.group_id
   WHERE m.voided = 0 AND g.voided = 0 AND m.volunteer_id IN (${IN_LIST}) ORDER BY g.sort_order, g.name`,
);
const MEMBERSHIPS_OF = tupleRead<[membershipId: string, groupId: string]>(
  `SELECT m.id, m.group_id FROM volunteer_group_members m JOIN volunteer_groups g ON g.id = m.group_id
   WHERE m.volunteer_id = ? AND g.kind = ? AND m.voided = 0`,
);

const toGroup = (row: StoredGroup): VolunteerGroupRow => ({ ...row, voided: row.voided === 1 });

/** The teams or skills of the own office, or of a county the city names. */
export function listGroups(
  ctx: CoreContext,
  kind: VolunteerGroupKind,
  options: { includeVoided?: boolean; officeCode?: string } = {},
): VolunteerGroupRow[] {
  const officeCode = readOfficeOf(ctx, options.officeCode);
  if (officeCode === 'all') fail('FORBIDDEN');
  return GROUPS.on(ctx.store.sqlite)
    .all(kind, officeCode, options.includeVoided ? 1 : 0)
    .map(toGroup);
}

function findGroup(ctx: CoreContext, id: string): VolunteerGroupRow {
  const row = GROUP.on(ctx.store.sqlite).get(id);
  return row ? toGroup(row) : fail('VOLUNTEER_GROUP_NOT_FOUND', { id });
}

function refuseNameTaken(ctx: CoreContext, kind: VolunteerGroupKind, name: string, exceptId: string | null): void {
  const other = LIVE_NAMED.on(ctx.store.sqlite).get(kind, name);
  if (other !== undefined && other !== exceptId) fail('VOLUNTEER_GROUP_NAME_TAKEN', { name });
}

export function createGroup(
  ctx: CoreContext,
  input: { kind: VolunteerGroupKind; name: string; notes?: string | null },
): VolunteerGroupRow {
  const name = input.name.trim();
  if (!name) fail('VOLUNTEER_GROUP_NAME_REQUIRED');
  refuseNameTaken(ctx, input.kind, name, null);
  const sortOrder = (LAST_ORDER.on(ctx.store.sqlite).get(input.kind) ?? 0) + 1;
  const row = insertRecord(ctx, volunteerGroups, officeCodeOf(ctx), {
    kind: input.kind,
    name,
    notes: input.notes?.trim() || null,
    sortOrder,
  });
  return findGroup(ctx, row.id);
}

export function updateGroup(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: { name?: string; notes?: string | null; sortOrder?: number },
): VolunteerGroupRow {
  const current = findGroup(ctx, id);
  const name = patch.name?.trim();
  if (patch.name !== undefined && !name) fail('VOLUNTEER_GROUP_NAME_REQUIRED');
  if (name) refuseNameTaken(ctx, current.kind, name, id);
  const notes = patch.notes === undefined ? undefined : patch.notes?.trim() || null;
  updateRecord(ctx, volunteerGroups, id, { name, notes, sortOrder: patch.sortOrder }, rowVersion);
  return findGroup(ctx, id);
}

/** A voided team or skill leaves the lists and the rows; who was in it stays recorded. */
export function voidGroup(ctx: CoreContext, id: string, reason: string): VolunteerGroupRow {
  findGroup(ctx, id);
  voidRecord(ctx, volunteerGroups, id, reason);
  return findGroup(ctx, id);
}

/** Each volunteer's live teams and skills. */
export function groupsOf(
  ctx: CoreContext,
  volunteerIds: readonly string[],
): Map<string, Record<VolunteerGroupKind, GroupRef[]>> {
  const read = MEMBERSHIPS.on(ctx.store.sqlite);
  const groups = new Map<string, Record<VolunteerGroupKind, GroupRef[]>>();
  for (const batch of inListBatches(volunteerIds))
    for (const [volunteerId, id, kind, name] of read.all(...batch)) {
      let own = groups.get(volunteerId);
      if (!own) groups.set(volunteerId, (own = { team: [], skill: [] }));
      own[kind].push({ id, name });
    }
  return groups;
}

/** Live groups of the kind among `ids`, or VOLUNTEER_GROUP_NOT_FOUND naming the first that is not. */
export function requireGroups(ctx: CoreContext, kind: VolunteerGroupKind, ids: readonly string[]): void {
  const live = new Set(listGroups(ctx, kind).map((g) => g.id));
  const missing = ids.find((id) => !live.has(id));
  if (missing !== undefined) fail('VOLUNTEER_GROUP_NOT_FOUND', { id: missing });
}

/** Makes the volunteer's teams (or skills) exactly `groupIds`: new ones added, dropped ones voided. */
export function setMemberships(
  ctx: CoreContext,
  officeCode: string,
  volunteerId: string,
  kind: VolunteerGroupKind,
  groupIds: readonly string[],
): void {
  requireGroups(ctx, kind, groupIds);
  const wanted = new Set(groupIds);
  const current = MEMBERSHIPS_OF.on(ctx.store.sqlite).all(volunteerId, kind);
  const held = new Set(current.map(([, groupId]) => groupId));
  const dropped = current.filter(([, groupId]) => !wanted.has(groupId)).map(([id]) => id);
  voidRecords(ctx, volunteerGroupMembers, dropped, kind === 'team' ? '退出服务队' : '取消技能');
  const added = [...wanted].filter((id) => !held.has(id));
  insertRecords(
    ctx,
    volunteerGroupMembers,
    officeCode,
    added.map((groupId) => ({ volunteerId, groupId })),
  );
}
