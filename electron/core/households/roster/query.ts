// The household grid as SQL: search, filters and sort become one WHERE and ORDER BY over the households and their
// heads, read a page at a time; each page's sizes and poverty files are read for its rows only.
import type { HouseholdAttribute, MonitoringCategory, PovertyCause, PovertyStatus } from '@rules/households';
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { prefixUpperBound } from '../../people/keyRange';
import { masksIds, searchCondition } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { rowRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import type { HouseholdPage, HouseholdPageQuery, HouseholdQuery, HouseholdRow, HouseholdSortColumn } from './contract';

interface Condition {
  sql: string;
  params: unknown[];
}

/** Sort keys per grid column (h: households, p: the head); a name sorts by its pinyin so 张 comes among the Z's. */
const SORT_KEYS: Record<HouseholdSortColumn, string[]> = {
  headName: ['p.pinyin_full'],
  number: ['h.number'],
  place: ['h.township', 'h.village', 'h.village_group', 'h.number'],
  attribute: ['h.attribute', 'p.pinyin_full'],
  updatedAt: ['h.updated_at'],
  createdAt: ['h.created_at'],
};

/** A number of the office's own form ({office}H{seq}, or H12 for short) or any other text typed whole. */
function numberSearch(search: string, officeCode: string): Condition {
  const upper = search.toUpperCase();
  if (/^\d{0,6}H\d*$/.test(upper)) {
    const prefix = upper.startsWith('H') ? `${officeCode}${upper}` : upper;
    return { sql: '(h.number >= ? AND h.number < ?)', params: [prefix, prefixUpperBound(prefix)] };
  }
  return { sql: 'h.number = ?', params: [upper] };
}

function searchWhere(raw: string, officeCode: string, masked: boolean): Condition | null {
  const search = raw.normalize('NFKC').replace(/\s+/g, '');
  if (!search) return null;
  const options: Condition[] = [numberSearch(search, officeCode)];
  const person = searchCondition(search, masked);
  if (person)
    options.push({ sql: `h.head_person_id IN (SELECT id FROM people WHERE ${person.sql})`, params: person.params });
  return { sql: `(${options.map((c) => c.sql).join(' OR ')})`, params: options.flatMap((c) => c.params) };
}

/** The households of `officeCode` the query keeps (no reference to the head's row: the count reads h alone). */
export function householdWhere(query: HouseholdQuery, officeCode: string, masked: boolean): Condition {
  const conditions: Condition[] = [{ sql: 'h.office_code = ?', params: [officeCode] }];
  if (!query.includeVoided) conditions.push({ sql: 'h.voided = 0', params: [] });
  if (query.township) conditions.push({ sql: 'h.township = ?', params: [query.township] });
  if (query.village) conditions.push({ sql: 'h.village = ?', params: [query.village] });
  if (query.villageGroup) conditions.push({ sql: 'h.village_group = ?', params: [query.villageGroup] });
  if (query.attribute) conditions.push({ sql: 'h.attribute = ?', params: [query.attribute] });
  const file: Condition[] = [];
  if (query.povertyStatus) file.push({ sql: 'status = ?', params: [query.povertyStatus] });
  if (query.mainCause) file.push({ sql: 'main_cause = ?', params: [query.mainCause] });
  if (file.length > 0)
    conditions.push({
      sql: `h.id IN (SELECT household_id FROM poverty_files WHERE office_code = ? AND voided = 0 AND ${file.map((c) => c.sql).join(' AND ')})`,
      params: [officeCode, ...file.flatMap((c) => c.params)],
    });
  if (query.categoryId)
    conditions.push({
      sql: `h.id IN (SELECT household_id FROM beneficiary_memberships
        WHERE category_id = ? AND voided = 0 AND to_date IS NULL AND household_id IS NOT NULL)`,
      params: [query.categoryId],
    });
  const search = query.search ? searchWhere(query.search, officeCode, masked) : null;
  if (search) conditions.push(search);
  return {
    sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`,
    params: conditions.flatMap((c) => c.params),
  };
}

export function householdOrderBy(query: HouseholdQuery): string {
  const sort = query.sort?.length ? query.sort : [{ column: 'headName' as const, direction: 'asc' as const }];
  const dir = (direction: string) => (direction === 'desc' ? 'DESC' : 'ASC');
  const keys = sort.flatMap((s) => SORT_KEYS[s.column].map((key) => [key, dir(s.direction)] as const));
  const seen = new Set<string>();
  const unique = [...keys, ['h.rowid', dir(sort[sort.length - 1]!.direction)] as const].filter(
    ([key]) => !seen.has(key) && seen.add(key),
  );
  return `ORDER BY ${unique.map(([key, direction]) => `${key} ${direction}`).join(', ')}`;
}

interface StoredHousehold {
  id: string;
  officeCode: string;
  rowVersion: number;
  number: string;
  headPersonId: string;
  headName: string;
  headIdNumber: string;
  headGender: 'M' | 'F' | null;
  headMobile: string | null;
  attribute: HouseholdAttribute;
  township: string | null;
  village: string | null;
  villageGroup: string | null;
  address: string | null;
  phone: string | null;
  notes: string | null;
  customFields: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  voided: number;
  voidReason: string | null;
}

const HOUSEHOLD_COLUMNS = `h.id, h.office_code AS officeCode, h.row_version AS rowVersion, h.number,
  h.head_person_id AS headPersonId, p.name AS headName, p.id_number AS headIdNumber, p.gender AS headGender,
  p.mobile AS headMobile, h.attribute, h.township, h.village, h.village_group AS villageGroup, h.address, h.phone,
  h.notes, h.custom_fields AS customFields, h.created_at AS createdAt, h.updated_at AS updatedAt,
  h.updated_by AS updatedBy, h.voided, h.void_reason AS voidReason
  FROM households h JOIN people p ON p.id = h.head_person_id`;

const ONE_HOUSEHOLD = rowRead<StoredHousehold, [id: string]>(`SELECT ${HOUSEHOLD_COLUMNS} WHERE h.id = ?`);

const SIZES = rowRead<{ householdId: string; size: number }, [ids: string]>(
  `SELECT household_id AS householdId, count(*) AS size FROM household_members
   WHERE household_id IN (SELECT value FROM json_each(?)) AND voided = 0 AND to_date IS NULL GROUP BY household_id`,
);
const FILES = rowRead<
  { householdId: string; status: PovertyStatus; category: MonitoringCategory | null; mainCause: PovertyCause },
  [ids: string]
>(
  `SELECT household_id AS householdId, status, monitoring_category AS category, main_cause AS mainCause
   FROM poverty_files WHERE household_id IN (SELECT value FROM json_each(?)) AND voided = 0`,
);

function toRows(ctx: CoreContext, stored: readonly StoredHousehold[]): HouseholdRow[] {
  if (stored.length === 0) return [];
  const ids = JSON.stringify(stored.map((s) => s.id));
  const sizes = new Map(
    SIZES.on(ctx.store.sqlite)
      .all(ids)
      .map((r) => [r.householdId, r.size]),
  );
  const files = new Map(
    FILES.on(ctx.store.sqlite)
      .all(ids)
      .map((f) => [f.householdId, f]),
  );
  return stored.map((s) => {
    const file = files.get(s.id);
    return {
      ...s,
      headIdNumber: maskIdNumber(s.headIdNumber),
      size: sizes.get(s.id) ?? 0,
      povertyStatus: file?.status ?? null,
      monitoringCategory: file?.category ?? null,
      mainCause: file?.mainCause ?? null,
      customFields: s.customFields ? (JSON.parse(s.customFields) as Record<string, unknown>) : null,
      voided: s.voided === 1,
    };
  });
}

function officeToRead(ctx: CoreContext, query: HouseholdQuery): string {
  const officeCode = readOfficeOf(ctx, query.officeCode);
  return officeCode === 'all' ? fail('FORBIDDEN') : officeCode;
}

export function listHouseholds(ctx: CoreContext, query: HouseholdPageQuery): HouseholdPage {
  const officeCode = officeToRead(ctx, query);
  const where = householdWhere(query, officeCode, masksIds(ctx));
  const stored = rowRead<StoredHousehold>(
    `SELECT ${HOUSEHOLD_COLUMNS} ${where.sql} ${householdOrderBy(query)} LIMIT ? OFFSET ?`,
  )
    .on(ctx.store.sqlite)
    .all(...where.params, query.limit, query.offset);
  const total = rememberedCount(ctx.store.sqlite, `SELECT count(*) FROM households h ${where.sql}`, where.params);
  return { rows: toRows(ctx, stored), total };
}

export function findHousehold(ctx: CoreContext, id: string): HouseholdRow | undefined {
  const stored = ONE_HOUSEHOLD.on(ctx.store.sqlite).get(id);
  if (!stored) return undefined;
  readOfficeOf(ctx, stored.officeCode);
  return toRows(ctx, [stored])[0];
}

export function getHouseholdRow(ctx: CoreContext, id: string): HouseholdRow {
  return findHousehold(ctx, id) ?? fail('HOUSEHOLD_NOT_FOUND', { id });
}
