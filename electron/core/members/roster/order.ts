// The member roster's order, and which rows make up a page of it. A name sorts by its pinyin (a unit by the pinyin
// of its name); ties fall back to the order members were entered. Joining each of 200,000 members to their person to
// sort by name costs half a second, so a page of a wide view (the whole roster, all youth members) walks the people
// by their pinyin index instead and merges the few units in, stopping once the page is full; a narrow view (a
// class, the lapsed) is sorted whole, which is quick because it is small.
import { isCustomFieldKey, type CustomFieldKey } from '@rules/customFields';
import type { CoreContext } from '../../context';
import { customValueSql } from '../../people/columnFilters';
import { rememberedCount } from '../../records/countCache';
import { valueRead } from '../../records/reads';
import type { Condition } from '../standing';
import type { MemberQuery, MemberSortColumn } from './contract';

/** Each member's person (none for a unit): the name, ID number and phone, and the name's pinyin to sort by. */
export const JOINED = 'LEFT JOIN people p ON p.id = m.person_id';

/** Sort keys per grid column (m: members, p: people). */
const NAME_KEY = 'coalesce(p.pinyin_full, m.unit_pinyin_full)';
const SORT_KEYS: Record<MemberSortColumn, string[]> = {
  name: [NAME_KEY],
  cardNumber: ['m.card_number'],
  kind: ['m.kind'],
  joinDate: ['m.join_date'],
  status: ['m.status'],
  // A class's members by name: the class index gives the order, only the first classes are sorted by name.
  school: ['m.school', 'm.class_name', NAME_KEY],
  updatedAt: ['m.updated_at'],
  createdAt: ['m.created_at'],
};

type SortKey = readonly [key: string, direction: 'ASC' | 'DESC'];

function sortKeys(query: MemberQuery): SortKey[] {
  const sort = query.sort?.length ? query.sort : [{ column: 'name' as const, direction: 'asc' as const }];
  const dir = (direction: string) => (direction === 'desc' ? 'DESC' : 'ASC');
  const keysOf = (column: MemberSortColumn | CustomFieldKey) =>
    isCustomFieldKey(column) ? [customValueSql(column, 'm.custom_fields')] : SORT_KEYS[column];
  const keys = sort.flatMap((s) => keysOf(s.column).map((key) => [key, dir(s.direction)] as const));
  const seen = new Set<string>();
  return [...keys, ['m.rowid', dir(sort[sort.length - 1]!.direction)] as const].filter(
    ([key]) => !seen.has(key) && seen.add(key),
  );
}

export function memberOrderBy(query: MemberQuery): string {
  return `ORDER BY ${sortKeys(query)
    .map(([key, direction]) => `${key} ${direction}`)
    .join(', ')}`;
}

/**
 * The view is sorted by name alone, and wide enough that walking the people in pinyin order fills a page soon. A
 * search is not walked: it finds its people by their own indexes, and they are few enough to sort.
 */
function walksPeople(query: MemberQuery, keys: readonly SortKey[], total: number, all: number, rows: number): boolean {
  return !query.search && keys.length === 2 && keys[0]![0] === NAME_KEY && total * total > rows * all;
}

/** Name order without the sort: the people in pinyin order, the units in theirs, merged. */
function walkedByName(where: Condition, direction: string): string {
  const d = direction;
  return `SELECT r FROM (
    SELECT * FROM (SELECT m.rowid AS r, p.pinyin_full AS k FROM people p CROSS JOIN members m ON m.person_id = p.id
      ${where.sql} ORDER BY p.pinyin_full ${d}, m.rowid ${d} LIMIT @rows)
    UNION ALL
    SELECT * FROM (SELECT m.rowid AS r, m.unit_pinyin_full AS k FROM members m
      ${where.sql} AND m.person_id IS NULL ORDER BY m.unit_pinyin_full ${d}, m.rowid ${d} LIMIT @rows)
  ) ORDER BY k ${d}, r ${d} LIMIT @limit OFFSET @offset`;
}

const ALL_OF_OFFICE = 'SELECT count(*) FROM members m WHERE m.office_code = ? AND m.voided = 0';

/** The rowids of a page of the view `where` keeps (it holds `total` members), in the view's order. */
export function pageRowids(
  ctx: CoreContext,
  query: MemberQuery & { offset: number; limit: number },
  where: Condition,
  officeCode: string,
  total: number,
): number[] {
  const sqlite = ctx.store.sqlite;
  const keys = sortKeys(query);
  const rows = query.offset + query.limit;
  const page = { limit: query.limit, offset: query.offset };
  if (walksPeople(query, keys, total, rememberedCount(sqlite, ALL_OF_OFFICE, [officeCode]), rows))
    return valueRead<number>(walkedByName(where, keys[0]![1]))
      .on(sqlite)
      .all(...where.params, ...where.params, { ...page, rows });
  const joined = keys.some(([key]) => key === NAME_KEY) ? JOINED : '';
  return valueRead<number>(
    `SELECT m.rowid FROM members m ${joined} ${where.sql} ${memberOrderBy(query)} LIMIT @limit OFFSET @offset`,
  )
    .on(sqlite)
    .all(...where.params, page);
}
