// The member roster's order, and which rows make up a page of it. A name sorts by its pinyin (a unit by the pinyin
// of its name); ties fall back to the order members were entered. Joining each of 200,000 members to their person to
// sort by name costs half a second, so a page of a wide view (the whole roster, all youth members) walks the people
// by their pinyin index instead and merges the few units in, stopping once the page is full; a narrow view (a
// class, the lapsed) is sorted whole, which is quick because it is small. A pinyin search with many matches is
// walked the same way, through the people of its first letter only.
import { isCustomFieldKey, type CustomFieldKey } from '@rules/customFields';
import type { CoreContext } from '../../context';
import { customValueSql } from '../../people/columnFilters';
import { prefixUpperBound } from '../../people/keyRange';
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

/** A search of letters alone: the pinyin of a person's or a unit's name (full, or initials), or a card number. */
const PINYIN = /^[a-z]+$/;

export function pinyinSearch(query: MemberQuery): string | null {
  const search = query.search?.normalize('NFKC').replace(/\s+/g, '').toLowerCase() ?? '';
  return PINYIN.test(search) ? search : null;
}

/**
 * The view is sorted by name alone, and wide enough that walking the people in pinyin order fills a page soon:
 * the whole roster or most of it, or a pinyin search with many matches (they all start with its first letter, so
 * only that letter's people are walked). Other searches find their people by their own indexes and are sorted.
 */
function walksPeople(query: MemberQuery, keys: readonly SortKey[], total: number, all: number, rows: number): boolean {
  if (keys.length !== 2 || keys[0]![0] !== NAME_KEY) return false;
  // A search finding one member in twenty walks at most twenty people a row, within its first letter.
  if (query.search) return pinyinSearch(query) !== null && total * 20 >= all;
  return total * total > rows * all;
}

/**
 * The search of a walk on the people and units it passes (named parameters @s, @sHi, @lo, @hi, @card). The `+`
 * keeps the planner walking the first letter's range in pinyin order rather than gathering the matches to sort.
 */
const SEARCH_WALK = {
  person: `p.pinyin_full >= @lo AND p.pinyin_full < @hi AND ((+p.pinyin_initials >= @s AND +p.pinyin_initials < @sHi)
    OR (+p.pinyin_full >= @s AND +p.pinyin_full < @sHi))`,
  unit: `((m.unit_pinyin_full >= @s AND m.unit_pinyin_full < @sHi)
    OR (m.unit_pinyin_initials >= @s AND m.unit_pinyin_initials < @sHi))`,
};

/**
 * Name order without the sort: the people in pinyin order, the units in theirs, merged; `searched`: only those
 * the pinyin search finds, and the member whose card number it is.
 */
function walkedByName(where: Condition, direction: string, searched: boolean): string {
  const d = direction;
  const and = (extra: string) => (searched ? ` AND ${extra}` : '');
  const card = `UNION SELECT m.rowid AS r, ${NAME_KEY} AS k FROM members m ${JOINED} ${where.sql} AND m.card_number = @card`;
  return `SELECT r FROM (
    SELECT * FROM (SELECT m.rowid AS r, p.pinyin_full AS k FROM people p CROSS JOIN members m ON m.person_id = p.id
      ${where.sql}${and(SEARCH_WALK.person)} ORDER BY p.pinyin_full ${d}, m.rowid ${d} LIMIT @rows)
    UNION
    SELECT * FROM (SELECT m.rowid AS r, m.unit_pinyin_full AS k FROM members m
      ${where.sql} AND m.person_id IS NULL${and(SEARCH_WALK.unit)} ORDER BY m.unit_pinyin_full ${d}, m.rowid ${d} LIMIT @rows)
    ${searched ? card : ''}
  ) ORDER BY k ${d}, r ${d} LIMIT @limit OFFSET @offset`;
}

/** The named parameters of a pinyin search's walk. */
function searchParams(search: string) {
  return {
    s: search,
    sHi: prefixUpperBound(search),
    lo: search[0]!,
    hi: prefixUpperBound(search[0]!),
    card: search.toUpperCase(),
  };
}

const ALL_OF_OFFICE = 'SELECT count(*) FROM members m WHERE m.office_code = ? AND m.voided = 0';

/** The view: what it keeps (`where`), and what it keeps but for its search (`unsearched`), for a walk to search. */
export interface View {
  where: Condition;
  unsearched: () => Condition;
}

/** The rowids of a page of the view (it holds `total` members), in the view's order. */
export function pageRowids(
  ctx: CoreContext,
  query: MemberQuery & { offset: number; limit: number },
  view: View,
  officeCode: string,
  total: number,
): number[] {
  const sqlite = ctx.store.sqlite;
  const keys = sortKeys(query);
  const rows = query.offset + query.limit;
  const page = { limit: query.limit, offset: query.offset, rows };
  if (walksPeople(query, keys, total, rememberedCount(sqlite, ALL_OF_OFFICE, [officeCode]), rows)) {
    const search = pinyinSearch(query);
    const where = search ? view.unsearched() : view.where;
    const params = search ? [...where.params, ...where.params, ...where.params] : [...where.params, ...where.params];
    return valueRead<number>(walkedByName(where, keys[0]![1], search !== null))
      .on(sqlite)
      .all(...params, { ...page, ...(search ? searchParams(search) : {}) });
  }
  const joined = keys.some(([key]) => key === NAME_KEY) ? JOINED : '';
  return valueRead<number>(
    `SELECT m.rowid FROM members m ${joined} ${view.where.sql} ${memberOrderBy(query)} LIMIT @limit OFFSET @offset`,
  )
    .on(sqlite)
    .all(...view.where.params, { limit: query.limit, offset: query.offset });
}
