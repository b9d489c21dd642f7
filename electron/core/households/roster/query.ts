// The household grid as SQL: search, filters and sort become one WHERE and ORDER BY over the households and their
// heads, read a page at a time; each page's sizes and poverty files are read for its rows only.
import { parseCustomValues } from '@rules/customFields';
import type { HouseholdAttribute, MonitoringCategory, PovertyCause, PovertyStatus } from '@rules/households';
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { masksIds } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { rowRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import type { HouseholdPage, HouseholdPageQuery, HouseholdQuery, HouseholdRow } from './contract';
import { headsPageSql, headsWalk } from './pagePlan';
import { householdConditions, householdOrderBy, householdWhere, joined, type Condition } from './where';

const HOUSEHOLDS_FIRST = 'FROM households h JOIN people p ON p.id = h.head_person_id';

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
  h.updated_by AS updatedBy, h.voided, h.void_reason AS voidReason`;

const ONE_HOUSEHOLD = rowRead<StoredHousehold, [id: string]>(
  `SELECT ${HOUSEHOLD_COLUMNS} ${HOUSEHOLDS_FIRST} WHERE h.id = ?`,
);

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

const CATEGORIES = rowRead<{ householdId: string; name: string }, [ids: string]>(
  `SELECT b.household_id AS householdId, c.name FROM beneficiary_memberships b
   JOIN beneficiary_categories c ON c.id = b.category_id
   WHERE b.household_id IN (SELECT value FROM json_each(?)) AND b.voided = 0 AND b.to_date IS NULL
   ORDER BY c.sort_order, c.name`,
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
  const categories = new Map<string, string[]>();
  for (const { householdId, name } of CATEGORIES.on(ctx.store.sqlite).all(ids))
    categories.set(householdId, [...(categories.get(householdId) ?? []), name]);
  return stored.map((s) => {
    const file = files.get(s.id);
    return {
      ...s,
      headIdNumber: maskIdNumber(s.headIdNumber),
      size: sizes.get(s.id) ?? 0,
      povertyStatus: file?.status ?? null,
      monitoringCategory: file?.category ?? null,
      mainCause: file?.mainCause ?? null,
      categories: categories.get(s.id) ?? [],
      customFields: parseCustomValues(s.customFields),
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
  const masked = masksIds(ctx);
  const where = householdWhere(query, officeCode, masked);
  const total = rememberedCount(ctx.store.sqlite, `SELECT count(*) FROM households h ${where.sql}`, where.params);
  const walk = headsWalk(ctx, query, officeCode, total);
  const stored = walk
    ? householdsOfHeads(ctx, query, officeCode, masked, walk)
    : rowRead<StoredHousehold>(
        `SELECT ${HOUSEHOLD_COLUMNS} ${HOUSEHOLDS_FIRST} ${where.sql} ${householdOrderBy(query)} LIMIT ? OFFSET ?`,
      )
        .on(ctx.store.sqlite)
        .all(...where.params, query.limit, query.offset);
  return { rows: toRows(ctx, stored), total };
}

/** The page found by walking the heads' names (pagePlan.ts), then their households read, in the heads' order. */
function householdsOfHeads(
  ctx: CoreContext,
  query: HouseholdPageQuery,
  officeCode: string,
  masked: boolean,
  walk: Condition,
): StoredHousehold[] {
  const page = headsPageSql(query, officeCode, masked, walk);
  const heads = rowRead<{ id: string }>(page.sql)
    .on(ctx.store.sqlite)
    .all(...page.params)
    .map((p) => p.id);
  const kept = joined(householdConditions(query, officeCode), ' AND ');
  const rows = rowRead<StoredHousehold>(
    `SELECT ${HOUSEHOLD_COLUMNS} ${HOUSEHOLDS_FIRST}
     WHERE h.head_person_id IN (SELECT value FROM json_each(?)) AND ${kept.sql}`,
  )
    .on(ctx.store.sqlite)
    .all(JSON.stringify(heads), ...kept.params);
  const at = new Map(heads.map((id, n) => [id, n]));
  return rows.sort((a, b) => at.get(a.headPersonId)! - at.get(b.headPersonId)!);
}

const HOUSEHOLDS_BY_ID = rowRead<StoredHousehold, [ids: string]>(
  `SELECT ${HOUSEHOLD_COLUMNS} ${HOUSEHOLDS_FIRST} WHERE h.id IN (SELECT value FROM json_each(?))`,
);

/** Every household the query keeps, in its order, as the grid shows them, read 500 at a time (for the export). */
export function* householdsInOrder(ctx: CoreContext, query: HouseholdQuery): Generator<HouseholdRow> {
  const where = householdWhere(query, officeToRead(ctx, query), masksIds(ctx));
  const ids = rowRead<{ id: string }>(`SELECT h.id ${HOUSEHOLDS_FIRST} ${where.sql} ${householdOrderBy(query)}`)
    .on(ctx.store.sqlite)
    .all(...where.params)
    .map((r) => r.id);
  for (let at = 0; at < ids.length; at += 500) {
    const chunk = ids.slice(at, at + 500);
    const byId = new Map(
      HOUSEHOLDS_BY_ID.on(ctx.store.sqlite)
        .all(JSON.stringify(chunk))
        .map((s) => [s.id, s]),
    );
    yield* toRows(
      ctx,
      chunk.map((id) => byId.get(id)!),
    );
  }
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
