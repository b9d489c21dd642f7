// The people grid's queries as indexed SQL: search, filters and sort become one WHERE and ORDER BY,
// read a page at a time, so 250,000 people never leave the database at once.
import { isCustomFieldKey, type CustomFieldKey } from '@rules/customFields';
import { mayRevealIds } from '@rules/roles';
import type { CoreContext } from '../context';
import { rememberedCount } from '../records/countCache';
import { rowRead, valueRead } from '../records/reads';
import { checkIdFilters, columnFiltersCondition, countFullIdLookup, customValueSql } from './columnFilters';
import type { PeoplePage, PeopleQuery, PeopleSortColumn } from './contract';
import { isFullIdNumber, prefixUpperBound } from './keyRange';
import { withPageNarrowing } from './pageNarrowing';
import { PERSON_COLUMNS, toPersonRow, type StoredPerson } from './rows';

export interface PeoplePageQuery extends PeopleQuery {
  offset: number;
  limit: number;
}

interface Condition {
  sql: string;
  params: unknown[];
}

/**
 * Sort keys per grid column, each backed by an index that ends in the same keys, so a sorted page is an
 * index walk. Name sorts by its pinyin so 张 comes among the Z's.
 */
const SORT_KEYS: Record<PeopleSortColumn, string[]> = {
  name: ['pinyin_full'],
  gender: ['gender', 'pinyin_full'],
  birthDate: ['birth_date'],
  township: ['township', 'pinyin_full'],
  village: ['village', 'pinyin_full'],
  workUnit: ['work_unit'],
  mobile: ['mobile'],
  updatedAt: ['updated_at'],
  createdAt: ['created_at'],
};

function prefixRange(column: string, prefix: string): Condition {
  return { sql: `(${column} >= ? AND ${column} < ?)`, params: [prefix, prefixUpperBound(prefix)] };
}

function either(...conditions: Condition[]): Condition {
  return { sql: `(${conditions.map((c) => c.sql).join(' OR ')})`, params: conditions.flatMap((c) => c.params) };
}

const NOTHING: Condition = { sql: '0', params: [] };

const tailRange = (idText: string) => prefixRange('id_reversed', [...idText].reverse().join(''));

/**
 * What of an ID number a user without the reveal permission may search by: the tail the mask shows (up to 4
 * characters) or the whole number. A longer tail or any other length would confirm hidden birth-date digits.
 */
function visibleIdSearch(idText: string): boolean {
  return idText.length <= 4 || isFullIdNumber(idText);
}

/**
 * Digits: the tail of the ID number (its reversed key's prefix) or the start of a mobile.
 * Latin letters: the start of the name's pinyin or its initials. Anything else: the name itself.
 * `masked`: the user may not reveal ID numbers, so an ID search reaches only what the mask shows.
 */
export function searchCondition(raw: string, masked = false): Condition | null {
  const compact = raw.normalize('NFKC').replace(/\s+/g, '');
  if (compact === '') return null;
  const lower = compact.toLowerCase();
  const upper = compact.toUpperCase();
  if (/^\d+$/.test(lower)) {
    const mobile = prefixRange('mobile', lower);
    return masked && !visibleIdSearch(upper) ? mobile : either(tailRange(upper), mobile);
  }
  if (/^\d+x$/.test(lower)) return masked && !visibleIdSearch(upper) ? NOTHING : tailRange(upper);
  if (/^[a-z0-9]+$/.test(lower))
    return either(prefixRange('pinyin_initials', lower), prefixRange('pinyin_full', lower));
  const name = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if ([...name].length < 2) return prefixRange('name', name);
  // Two or more characters may also be a given name: a substring found by one pass over the name index.
  return { sql: '(rowid IN (SELECT rowid FROM people WHERE instr(name, ?) > 0))', params: [name] };
}

export function peopleWhere(query: PeopleQuery, masked = false): Condition {
  const conditions: Condition[] = [];
  // `+voided` is never an index seek: it is checked on the entries of whichever index serves the sort
  // (they all end in voided), and it keeps the planner off the partial unique index for unindexed sorts.
  if (!query.includeVoided) conditions.push({ sql: '+voided = 0', params: [] });
  if (query.officeCode) conditions.push({ sql: 'office_code = ?', params: [query.officeCode] });
  // Within one county the office's index holds township and village: checked there (`+`: not an index of their
  // own, which would look every county's namesakes up row by row), with no statistics to tell the planner so.
  const place = query.officeCode ? '+' : '';
  if (query.township) conditions.push({ sql: `${place}township = ?`, params: [query.township] });
  if (query.village) conditions.push({ sql: `${place}village = ?`, params: [query.village] });
  if (query.gender) conditions.push({ sql: 'gender = ?', params: [query.gender] });
  const search = query.search ? searchCondition(query.search, masked) : null;
  if (search) conditions.push(search);
  const columns = columnFiltersCondition(query.columnFilters, masked);
  if (columns) conditions.push(columns);
  if (conditions.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`, params: conditions.flatMap((c) => c.params) };
}

/**
 * ORDER BY for the grid's sort: the chosen columns first, then their tie-breakers (a township's people by
 * name), then voided and rowid, which end every sort index, so pages are stable and found in the index.
 */
export function peopleOrderBy(query: PeopleQuery): string {
  const sort = query.sort?.length ? query.sort : [{ column: 'name' as const, direction: 'asc' as const }];
  const dir = (direction: string) => (direction === 'desc' ? 'DESC' : 'ASC');
  const keysOf = (column: PeopleSortColumn | CustomFieldKey) =>
    isCustomFieldKey(column) ? [customValueSql(column), 'pinyin_full'] : SORT_KEYS[column];
  const chosen = sort.map((s) => [keysOf(s.column)[0]!, dir(s.direction)] as const);
  const tieBreakers = sort.flatMap((s) =>
    keysOf(s.column)
      .slice(1)
      .map((key) => [key, dir(s.direction)] as const),
  );
  const last = dir(sort[sort.length - 1]!.direction);
  const seen = new Set<string>();
  const keys = [...chosen, ...tieBreakers, ['voided', last] as const, ['rowid', last] as const].filter(
    ([key]) => !seen.has(key) && seen.add(key),
  );
  return `ORDER BY ${keys.map(([key, direction]) => `${key} ${direction}`).join(', ')}`;
}

/**
 * A page: the rowids are picked from the index first and only those rows are read, so a deep
 * offset walks index entries rather than whole rows.
 */
export function peoplePageSql(query: PeoplePageQuery, masked = false): Condition {
  const where = withPageNarrowing(peopleWhere(query, masked), query);
  const orderBy = peopleOrderBy(query);
  return {
    sql: `SELECT ${PERSON_COLUMNS} FROM people WHERE rowid IN (SELECT rowid FROM people ${where.sql} ${orderBy} LIMIT ? OFFSET ?) ${orderBy}`,
    params: [...where.params, query.limit, query.offset],
  };
}

/**
 * The query a user may run. Without the reveal permission (`masked`) the order of birth dates is dropped (it
 * ranks people by age, which narrows the hidden digits) and a full ID number goes through the lookup limit.
 */
export function permittedQuery<Q extends PeopleQuery>(ctx: CoreContext, query: Q, masked: boolean): Q {
  if (!masked) return query;
  checkIdFilters(ctx, query.columnFilters, masked);
  countFullIdLookup(ctx, query.search);
  return withoutBirthOrder(query);
}

export function withoutBirthOrder<Q extends PeopleQuery>(query: Q): Q {
  return query.sort ? { ...query, sort: query.sort.filter((s) => s.column !== 'birthDate') } : query;
}

/** True when the acting user may not reveal ID numbers: birth dates and hidden ID digits stay out of their reach. */
export function masksIds(ctx: CoreContext): boolean {
  return !mayRevealIds(ctx.actor?.roles ?? []);
}

export function listPeople(ctx: CoreContext, query: PeoplePageQuery): PeoplePage {
  const masked = masksIds(ctx);
  const permitted = permittedQuery(ctx, query, masked);
  const page = peoplePageSql(permitted, masked);
  const stored = rowRead<StoredPerson>(page.sql)
    .on(ctx.store.sqlite)
    .all(...page.params);
  return {
    rows: stored.map((p) => toPersonRow(p, { birthDate: !masked })),
    total: countPeople(ctx, permitted, masked),
  };
}

export function countPeople(ctx: CoreContext, query: PeopleQuery, masked: boolean): number {
  // Within one county the bound helps the count too (its index holds office and pinyin); across counties the name index alone counts faster.
  const where = query.officeCode ? withPageNarrowing(peopleWhere(query, masked), query) : peopleWhere(query, masked);
  return rememberedCount(ctx.store.sqlite, `SELECT count(*) FROM people ${where.sql}`, where.params);
}

/** Every person in the view, in its order, with full ID numbers: for exports, which mask as they write. */
export function iterateStoredPeople(
  ctx: CoreContext,
  query: PeopleQuery,
  masked: boolean,
): IterableIterator<StoredPerson> {
  const where = peopleWhere(query, masked);
  const sql = `SELECT ${PERSON_COLUMNS} FROM people ${where.sql} ${peopleOrderBy(query)}`;
  return rowRead<StoredPerson>(sql)
    .on(ctx.store.sqlite)
    .iterate(...where.params);
}

const byPinyin = new Intl.Collator('zh-Hans-CN');
const TOWNSHIPS = valueRead<string>('SELECT DISTINCT township FROM people WHERE township IS NOT NULL AND voided = 0');
const VILLAGES_OF = valueRead<string, [township: string]>(
  'SELECT DISTINCT village FROM people WHERE township = ? AND village IS NOT NULL AND voided = 0',
);
const VILLAGES = valueRead<string>('SELECT DISTINCT village FROM people WHERE village IS NOT NULL AND voided = 0');

/** Townships and villages in use (live records) in pinyin order, for the grid's filter lists; villages of one township if given. */
export function peopleFacets(ctx: CoreContext, township?: string): { townships: string[]; villages: string[] } {
  const sqlite = ctx.store.sqlite;
  const townships = TOWNSHIPS.on(sqlite).all();
  const villages = township ? VILLAGES_OF.on(sqlite).all(township) : VILLAGES.on(sqlite).all();
  return { townships: townships.sort(byPinyin.compare), villages: villages.sort(byPinyin.compare) };
}
