// The household grid's conditions as SQL over households (h): the office, filters and the search, which finds a
// household by its number or its head (name, pinyin, ID number tail, mobile: the registry's search). The search's
// parts stay apart, so a page read by walking the heads' names can test the head directly.
import { isCustomFieldKey, type CustomFieldKey } from '@rules/customFields';
import { customCondition, customValueSql } from '../../people/columnFilters';
import { prefixUpperBound } from '../../people/keyRange';
import { searchCondition } from '../../people/query';
import type { HouseholdQuery, HouseholdSortColumn, OneOrMore } from './contract';

export interface Condition {
  sql: string;
  params: unknown[];
}

export const joined = (conditions: readonly Condition[], by: ' AND ' | ' OR '): Condition => ({
  sql: conditions.map((c) => c.sql).join(by),
  params: conditions.flatMap((c) => c.params),
});

/** The search split: a household number (on h), and the registry's search of the head (people's own columns). */
export interface SearchParts {
  number: Condition;
  person: Condition | null;
}

/** A number of the office's own form ({office}H{seq}, or H12 for short) or any other text typed whole. */
function numberSearch(search: string, officeCode: string): Condition {
  const upper = search.toUpperCase();
  if (/^\d{0,6}H\d*$/.test(upper)) {
    const prefix = upper.startsWith('H') ? `${officeCode}${upper}` : upper;
    return { sql: '(h.number >= ? AND h.number < ?)', params: [prefix, prefixUpperBound(prefix)] };
  }
  return { sql: 'h.number = ?', params: [upper] };
}

export function searchParts(raw: string | undefined, officeCode: string, masked: boolean): SearchParts | null {
  const search = raw?.normalize('NFKC').replace(/\s+/g, '') ?? '';
  if (!search) return null;
  return { number: numberSearch(search, officeCode), person: searchCondition(search, masked) };
}

/** `column` is the value, or one of the values (none given: no condition). */
function oneOf(column: string, given: OneOrMore<string> | undefined): Condition | null {
  if (given === undefined) return null;
  if (typeof given === 'string') return given ? { sql: `${column} = ?`, params: [given] } : null;
  if (given.length === 0) return null;
  if (given.length === 1) return { sql: `${column} = ?`, params: [given[0]] };
  return { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(given)] };
}

const present = (conditions: readonly (Condition | null)[]) => conditions.filter((c): c is Condition => c !== null);

/** The conditions on the household's own row and what hangs off it (poverty file, beneficiary categories). */
export function householdConditions(query: HouseholdQuery, officeCode: string): Condition[] {
  const conditions: Condition[] = [{ sql: 'h.office_code = ?', params: [officeCode] }];
  if (!query.includeVoided) conditions.push({ sql: 'h.voided = 0', params: [] });
  conditions.push(
    ...present([
      oneOf('h.township', query.township),
      oneOf('h.village', query.village),
      oneOf('h.village_group', query.villageGroup),
      oneOf('h.attribute', query.attribute),
    ]),
  );
  const file = present([oneOf('status', query.povertyStatus), oneOf('main_cause', query.mainCause)]);
  if (file.length > 0) {
    const on = joined(file, ' AND ');
    conditions.push({
      sql: `h.id IN (SELECT household_id FROM poverty_files WHERE office_code = ? AND voided = 0 AND ${on.sql})`,
      params: [officeCode, ...on.params],
    });
  }
  const category = oneOf('category_id', query.categoryId);
  if (category)
    conditions.push({
      sql: `h.id IN (SELECT household_id FROM beneficiary_memberships
        WHERE ${category.sql} AND voided = 0 AND to_date IS NULL AND household_id IS NOT NULL)`,
      params: category.params,
    });
  for (const filter of query.customFilters ?? [])
    conditions.push(customCondition(customValueSql(filter.key, 'h.custom_fields'), filter.match));
  return conditions;
}

/** Every condition of the query on h (for the count and for a page read from the households). */
export function householdWhere(query: HouseholdQuery, officeCode: string, masked: boolean): Condition {
  const conditions = householdConditions(query, officeCode);
  const search = searchParts(query.search, officeCode, masked);
  if (search) {
    const { number, person } = search;
    const head = person && {
      sql: `h.head_person_id IN (SELECT id FROM people WHERE ${person.sql})`,
      params: person.params,
    };
    const either = joined(head ? [number, head] : [number], ' OR ');
    conditions.push({ sql: `(${either.sql})`, params: either.params });
  }
  const all = joined(conditions, ' AND ');
  return { sql: `WHERE ${all.sql}`, params: all.params };
}

/** Sort keys per grid column (h: households, p: the head); a name sorts by its pinyin so 张 comes among the Z's. */
const SORT_KEYS: Record<HouseholdSortColumn, string[]> = {
  headName: ['p.pinyin_full', 'p.rowid'],
  number: ['h.number'],
  place: ['h.township', 'h.village', 'h.village_group', 'h.number'],
  attribute: ['h.attribute', 'h.number'],
  updatedAt: ['h.updated_at'],
  createdAt: ['h.created_at'],
};

export function householdOrderBy(query: HouseholdQuery): string {
  const sort = query.sort?.length ? query.sort : [{ column: 'headName' as const, direction: 'asc' as const }];
  const dir = (direction: string) => (direction === 'desc' ? 'DESC' : 'ASC');
  const keysOf = (column: HouseholdSortColumn | CustomFieldKey) =>
    isCustomFieldKey(column) ? [customValueSql(column, 'h.custom_fields')] : SORT_KEYS[column];
  const keys = sort.flatMap((s) => keysOf(s.column).map((key) => [key, dir(s.direction)] as const));
  const seen = new Set<string>();
  const unique = [...keys, ['h.rowid', dir(sort[sort.length - 1]!.direction)] as const].filter(
    ([key]) => !seen.has(key) && seen.add(key),
  );
  return `ORDER BY ${unique.map(([key, direction]) => `${key} ${direction}`).join(', ')}`;
}
