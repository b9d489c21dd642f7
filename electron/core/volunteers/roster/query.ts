// The volunteer roster grid as SQL: search, filters and sort become one WHERE and ORDER BY over the volunteers
// and their people, read a page at a time; the page's teams, skills and hours are read for its rows only.
import { parseCustomValues, isCustomFieldKey, type CustomFieldKey } from '@rules/customFields';
import { maskIdNumber } from '@rules/idNumber';
import { starLevel, type StarLevel, type VolunteerStatus } from '@rules/volunteers';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { customCondition, customValueSql } from '../../people/columnFilters';
import { searchCondition, masksIds } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { gridOrderBy } from '../../records/orderBy';
import { rowRead, valueRead } from '../../records/reads';
import { localToday, readOfficeOf } from '../../stock/office';
import { starThresholds } from '../settings';
import { totalsOf } from '../totals';
import type { VolunteerPage, VolunteerPageQuery, VolunteerQuery, VolunteerRow, VolunteerSortColumn } from './contract';
import { groupsOf } from './groups';

interface Condition {
  sql: string;
  params: unknown[];
}

/** Sort keys per grid column (v: volunteers, p: people); name sorts by its pinyin so 张 comes among the Z's. */
const SORT_KEYS: Record<VolunteerSortColumn, string[]> = {
  name: ['p.pinyin_full'],
  number: ['v.number'],
  registrationDate: ['v.registration_date', 'p.pinyin_full'],
  status: ['v.status', 'p.pinyin_full'],
  township: ['p.township', 'p.pinyin_full'],
  updatedAt: ['v.updated_at'],
  createdAt: ['v.created_at'],
};

const VOLUNTEER_NUMBER = /^\d{0,6}v\d*$/i;

/** The volunteers of `officeCode` the query keeps. */
export function volunteerWhere(query: VolunteerQuery, officeCode: string, masked: boolean): Condition {
  const conditions: Condition[] = [{ sql: 'v.office_code = ?', params: [officeCode] }];
  if (!query.includeVoided) conditions.push({ sql: 'v.voided = 0', params: [] });
  if (query.status) conditions.push({ sql: 'v.status = ?', params: [query.status] });
  if (query.registeredFrom) conditions.push({ sql: 'v.registration_date >= ?', params: [query.registeredFrom] });
  if (query.registeredTo) conditions.push({ sql: 'v.registration_date <= ?', params: [query.registeredTo] });
  for (const groupId of [query.teamId, query.skillId])
    if (groupId)
      conditions.push({
        sql: 'v.id IN (SELECT volunteer_id FROM volunteer_group_members WHERE group_id = ? AND voided = 0)',
        params: [groupId],
      });
  for (const filter of query.customFilters ?? [])
    conditions.push(customCondition(customValueSql(filter.key, 'v.custom_fields'), filter.match));
  const personConditions: Condition[] = [];
  if (query.township) personConditions.push({ sql: 'township = ?', params: [query.township] });
  const search = query.search?.normalize('NFKC').replace(/\s+/g, '') ?? '';
  if (VOLUNTEER_NUMBER.test(search) && /v/i.test(search)) {
    const upper = search.toUpperCase();
    const prefix = upper.startsWith('V') ? `${officeCode}${upper}` : upper;
    conditions.push({ sql: 'v.number >= ? AND v.number < ?', params: [prefix, `${prefix}\uffff`] });
  } else if (search) {
    const condition = searchCondition(search, masked);
    if (condition) personConditions.push(condition);
  }
  if (personConditions.length > 0)
    conditions.push({
      sql: `v.person_id IN (SELECT id FROM people WHERE ${personConditions.map((c) => c.sql).join(' AND ')})`,
      params: personConditions.flatMap((c) => c.params),
    });
  return {
    sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`,
    params: conditions.flatMap((c) => c.params),
  };
}

export function volunteerOrderBy(query: VolunteerQuery): string {
  const sort = query.sort?.length ? query.sort : [{ column: 'name' as const, direction: 'asc' as const }];
  const keysOf = (column: VolunteerSortColumn | CustomFieldKey) =>
    isCustomFieldKey(column) ? [customValueSql(column, 'v.custom_fields'), 'p.pinyin_full'] : SORT_KEYS[column];
  return gridOrderBy(sort, keysOf, 'v.rowid');
}

interface StoredVolunteer {
  id: string;
  officeCode: string;
  rowVersion: number;
  personId: string;
  number: string;
  name: string;
  gender: 'M' | 'F' | null;
  idNumber: string;
  birthDate: string | null;
  mobile: string | null;
  township: string | null;
  village: string | null;
  workUnit: string | null;
  registrationDate: string;
  status: VolunteerStatus;
  statusReason: string | null;
  guardianName: string | null;
  guardianPhone: string | null;
  notes: string | null;
  customFields: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  voided: number;
  voidReason: string | null;
}

export const VOLUNTEER_COLUMNS = `v.id, v.office_code AS officeCode, v.row_version AS rowVersion,
  v.person_id AS personId, v.number, p.name, p.gender, p.id_number AS idNumber, p.birth_date AS birthDate, p.mobile,
  p.township, p.village, p.work_unit AS workUnit, v.registration_date AS registrationDate, v.status,
  v.status_reason AS statusReason, v.guardian_name AS guardianName, v.guardian_phone AS guardianPhone, v.notes,
  v.custom_fields AS customFields, v.created_at AS createdAt, v.updated_at AS updatedAt, v.updated_by AS updatedBy,
  v.voided, v.void_reason AS voidReason
  FROM volunteers v JOIN people p ON p.id = v.person_id`;

const ONE_VOLUNTEER = rowRead<StoredVolunteer, [id: string]>(`SELECT ${VOLUNTEER_COLUMNS} WHERE v.id = ?`);

/** The rows as the grid shows them: masked ID numbers, the teams, skills, hours and star of each. */
function toRows(ctx: CoreContext, stored: readonly StoredVolunteer[], masked: boolean): VolunteerRow[] {
  if (stored.length === 0) return [];
  const ids = stored.map((s) => s.id);
  const groups = groupsOf(ctx, ids);
  const today = localToday(ctx);
  const totals = totalsOf(ctx, ids, `${today.slice(0, 4)}-01-01`);
  const thresholds = starThresholds(ctx, stored[0]!.officeCode);
  return stored.map((s) => {
    const hours = totals.get(s.id) ?? { approved: 0, approvedSince: 0, pending: 0 };
    const star: StarLevel = starLevel(hours.approved, thresholds);
    return {
      ...s,
      idNumber: maskIdNumber(s.idNumber),
      birthDate: masked ? null : s.birthDate,
      customFields: parseCustomValues(s.customFields),
      teams: groups.get(s.id)?.team ?? [],
      skills: groups.get(s.id)?.skill ?? [],
      approvedHalfHours: hours.approved,
      approvedHalfHoursThisYear: hours.approvedSince,
      pendingHalfHours: hours.pending,
      star,
      voided: s.voided === 1,
    };
  });
}

export function listVolunteers(ctx: CoreContext, query: VolunteerPageQuery): VolunteerPage {
  const officeCode = readOfficeOf(ctx, query.officeCode);
  if (officeCode === 'all') fail('FORBIDDEN');
  const masked = masksIds(ctx);
  const where = volunteerWhere(query, officeCode, masked);
  const orderBy = volunteerOrderBy(query);
  const stored = rowRead<StoredVolunteer>(`SELECT ${VOLUNTEER_COLUMNS} ${where.sql} ${orderBy} LIMIT ? OFFSET ?`)
    .on(ctx.store.sqlite)
    .all(...where.params, query.limit, query.offset);
  const total = rememberedCount(ctx.store.sqlite, `SELECT count(*) FROM volunteers v ${where.sql}`, where.params);
  return { rows: toRows(ctx, stored, masked), total };
}

/** How many volunteers of `officeCode` the query keeps: the roster grid's total for the same filter. */
export function countVolunteers(ctx: CoreContext, officeCode: string, query: VolunteerQuery): number {
  const where = volunteerWhere(query, officeCode, masksIds(ctx));
  return valueRead<number>(`SELECT count(*) FROM volunteers v ${where.sql}`)
    .on(ctx.store.sqlite)
    .get(...where.params)!;
}

/** Every volunteer the query keeps, in its order, as the grid shows them (for the export). */
export function allVolunteers(ctx: CoreContext, query: VolunteerQuery): VolunteerRow[] {
  const officeCode = readOfficeOf(ctx, query.officeCode);
  if (officeCode === 'all') fail('FORBIDDEN');
  const masked = masksIds(ctx);
  const where = volunteerWhere(query, officeCode, masked);
  const stored = rowRead<StoredVolunteer>(`SELECT ${VOLUNTEER_COLUMNS} ${where.sql} ${volunteerOrderBy(query)}`)
    .on(ctx.store.sqlite)
    .all(...where.params);
  return toRows(ctx, stored, masked);
}

export function findVolunteer(ctx: CoreContext, id: string): VolunteerRow | undefined {
  const stored = ONE_VOLUNTEER.on(ctx.store.sqlite).get(id);
  return stored ? toRows(ctx, [stored], masksIds(ctx))[0] : undefined;
}
