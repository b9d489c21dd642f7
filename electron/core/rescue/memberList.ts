// A team's members as a grid: those in it today first (then, when asked, those who left), each with their phone,
// role, volunteer number, first-aid readiness and the office's own fields; searched by name, pinyin, ID number
// tail or mobile, filtered by readiness or a custom field, sorted by role (in the office's order), name, join date,
// readiness or a custom field. A team holds tens of members, so the page is cut after readiness is known.
import { isCustomFieldKey, parseCustomValues, type CustomFieldKey } from '@rules/customFields';
import { maskIdNumber } from '@rules/idNumber';
import { READINESS_STATES } from '@rules/rescue';
import type { CoreContext } from '../context';
import { customCondition, customValueSql } from '../people/columnFilters';
import { masksIds, searchCondition } from '../people/query';
import { rowRead } from '../records/reads';
import { volunteersOfPeople } from '../volunteers/roster/ofPeople';
import type { MemberSortColumn, TeamMemberPage, TeamMemberQuery, TeamMemberRow } from './contract';
import { readinessOf } from './readiness';
import { rescueSettingsOf } from './settings';
import { getTeam } from './teamList';

type StoredMember = Omit<
  TeamMemberRow,
  'customFields' | 'volunteerNumber' | 'readiness' | 'certificateNumber' | 'certificateExpiry'
> & { customFields: string | null };

const MEMBER_COLUMNS = `m.id, m.office_code AS officeCode, m.row_version AS rowVersion, m.team_id AS teamId, m.person_id AS personId, p.name,
  p.gender, p.id_number AS idNumber, p.mobile, p.phone, m.role, m.joined_date AS joinedDate, m.left_date AS leftDate,
  m.leave_reason AS leaveReason, m.custom_fields AS customFields`;
const MEMBER_FROM = 'FROM rescue_team_members m JOIN people p ON p.id = m.person_id';

interface Condition {
  sql: string;
  params: unknown[];
}

function whereOf(query: TeamMemberQuery, masked: boolean): Condition {
  const conditions: Condition[] = [{ sql: 'm.team_id = ? AND m.voided = 0', params: [query.teamId] }];
  if (!query.includeLeft) conditions.push({ sql: 'm.left_date IS NULL', params: [] });
  const person = query.search ? searchCondition(query.search, masked) : null;
  if (person)
    conditions.push({ sql: `m.person_id IN (SELECT id FROM people WHERE ${person.sql})`, params: person.params });
  for (const filter of query.customFilters ?? [])
    conditions.push(customCondition(customValueSql(filter.key, 'm.custom_fields'), filter.match));
  return {
    sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`,
    params: conditions.flatMap((c) => c.params),
  };
}

const SQL_KEYS: Record<Exclude<MemberSortColumn, 'readiness'>, string> = {
  // The role's place on the office's list (?: '|队长|副队长|队员|'); a role off the list after them all.
  role: "coalesce(nullif(instr(?, '|' || m.role || '|'), 0), 1000000)",
  name: 'p.pinyin_full',
  joinedDate: 'm.joined_date',
};

/** The order in SQL; readiness, which SQL does not know, is sorted after reading. */
function orderOf(query: TeamMemberQuery, roles: readonly string[]): Condition {
  const sort = query.sort?.length ? query.sort : [{ column: 'role' as const, direction: 'asc' as const }];
  const keyOf = (column: MemberSortColumn | CustomFieldKey) =>
    isCustomFieldKey(column)
      ? customValueSql(column, 'm.custom_fields')
      : column === 'readiness'
        ? null
        : SQL_KEYS[column];
  const keys = sort.flatMap((s) => {
    const key = keyOf(s.column);
    return key === null ? [] : [`${key} ${s.direction === 'desc' ? 'DESC' : 'ASC'}`];
  });
  const rolesParam = sort.some((s) => s.column === 'role') ? [`|${roles.join('|')}|`] : [];
  return {
    sql: `ORDER BY m.left_date IS NOT NULL, ${[...keys, 'p.pinyin_full', 'm.rowid'].join(', ')}`,
    params: rolesParam,
  };
}

export function listTeamMembers(ctx: CoreContext, query: TeamMemberQuery): TeamMemberPage {
  const team = getTeam(ctx, query.teamId);
  const where = whereOf(query, masksIds(ctx));
  const order = orderOf(query, rescueSettingsOf(ctx, team.officeCode).roles);
  const stored = rowRead<StoredMember>(`SELECT ${MEMBER_COLUMNS} ${MEMBER_FROM} ${where.sql} ${order.sql}`)
    .on(ctx.store.sqlite)
    .all(...where.params, ...order.params);
  let rows = toRows(ctx, team.officeCode, stored);
  if (query.readiness) rows = rows.filter((r) => r.readiness === query.readiness);
  const byReadiness = query.sort?.find((s) => s.column === 'readiness');
  if (byReadiness) {
    const rank = (r: TeamMemberRow) => READINESS_STATES.indexOf(r.readiness);
    const sign = byReadiness.direction === 'desc' ? -1 : 1;
    rows = rows
      .map((r, n) => [r, n] as const)
      .sort(([a, i], [b, j]) => sign * (rank(a) - rank(b)) || i - j)
      .map(([r]) => r);
  }
  return { rows: rows.slice(query.offset, query.offset + query.limit), total: rows.length };
}

function toRows(ctx: CoreContext, officeCode: string, stored: readonly StoredMember[]): TeamMemberRow[] {
  const personIds = stored.map((m) => m.personId);
  const readiness = readinessOf(ctx, personIds);
  const volunteers = volunteersOfPeople(ctx, officeCode, personIds);
  return stored.map((m) => {
    const { readiness: state, certificate } = readiness.get(m.personId)!;
    return {
      ...m,
      idNumber: maskIdNumber(m.idNumber),
      customFields: parseCustomValues(m.customFields),
      volunteerNumber: volunteers.get(m.personId)?.number ?? null,
      readiness: state,
      certificateNumber: certificate?.number ?? null,
      certificateExpiry: certificate?.expiryDate ?? null,
    };
  });
}

const ONE_MEMBER = rowRead<StoredMember & { voided: number }, [id: string]>(
  `SELECT ${MEMBER_COLUMNS}, m.voided ${MEMBER_FROM} WHERE m.id = ?`,
);

/** One member as the grid shows them, with its office and whether it is voided; undefined when there is none. */
export function findTeamMember(ctx: CoreContext, id: string): (TeamMemberRow & { voided: boolean }) | undefined {
  const stored = ONE_MEMBER.on(ctx.store.sqlite).get(id);
  if (!stored) return undefined;
  const { voided, ...member } = stored;
  return { ...toRows(ctx, member.officeCode, [member])[0]!, voided: voided === 1 };
}
