// How a page of a pairing grid (rows `x`: pairings or visits) is found. Every condition is on x itself (a household's
// or a person's facts through IN lists), so the total counts x alone. A page sorted by x's own index is read from it;
// one sorted by the household or a person's name is found by walking that table's index in order and joining x to
// each entry (CROSS JOIN keeps the walked table outside) - cheap while the rows kept are many. When they are few
// (the total tells), reading them and sorting them costs less. Either way the same ORDER BY, so pages fit together;
// the page's columns are read afterwards for its hundred rows only.
import type { CoreContext } from '../context';
import { joined, type Condition } from '../households/roster/where';
import { rowRead, valueRead } from '../records/reads';

/** Up to this many rows are read and sorted; more are found by walking the sort's index. */
export const FEW_ROWS = 10_000;

export interface SortPlan {
  /** The tables the order reads, walked in order and ending in x (null: x's own index serves the order). */
  walk: string | null;
  /** The same tables joined to x, for sorting a few rows. */
  joined: string;
  /** What the walk's index needs to be walked in order (the walked table's office). */
  walkWhere: Condition;
  orderBy: string;
}

/** The rowids of x on the page, in the grid's order. */
export function pageRowids(
  ctx: CoreContext,
  plan: SortPlan,
  where: Condition,
  total: number,
  page: { offset: number; limit: number },
): number[] {
  const walk = plan.walk !== null && total > FEW_ROWS;
  const conditions = walk ? joined([plan.walkWhere, where], ' AND ') : where;
  return valueRead<number>(
    `SELECT x.rowid FROM ${walk ? plan.walk : plan.joined} WHERE ${conditions.sql} ${plan.orderBy} LIMIT ? OFFSET ?`,
  )
    .on(ctx.store.sqlite)
    .all(...conditions.params, page.limit, page.offset);
}

/** The rows of `rowids` read with `columnsSql` (ending `WHERE x.rowid IN (...)`), in the order of the rowids. */
export function rowsInOrder<Row extends { rowid: number }>(
  ctx: CoreContext,
  columnsSql: string,
  rowids: number[],
): Row[] {
  if (rowids.length === 0) return [];
  const rows = rowRead<Row, [rowids: string]>(`${columnsSql} WHERE x.rowid IN (SELECT value FROM json_each(?))`)
    .on(ctx.store.sqlite)
    .all(JSON.stringify(rowids));
  const at = new Map(rowids.map((rowid, n) => [rowid, n]));
  return rows.sort((a, b) => at.get(a.rowid)! - at.get(b.rowid)!);
}

const direction = (d: 'asc' | 'desc') => (d === 'desc' ? 'DESC' : 'ASC');

/** The walks every pairing grid may sort by, over x (`household_visits` or `household_pairings`). */
export function sortPlans(table: string, officeCode: string, then: string) {
  const office = (alias: string): Condition => ({ sql: `${alias}.office_code = ?`, params: [officeCode] });
  const byHousehold = (keys: string) => (d: 'asc' | 'desc') => ({
    walk: `households h CROSS JOIN ${table} x ON x.household_id = h.id`,
    joined: `${table} x JOIN households h ON h.id = x.household_id`,
    walkWhere: office('h'),
    orderBy: `ORDER BY ${keys
      .split(', ')
      .map((key) => `${key} ${direction(d)}`)
      .join(', ')}, ${then}`,
  });
  return {
    householdNumber: byHousehold('h.number'),
    place: byHousehold('h.voided, h.township, h.village, h.village_group, h.number'),
    headName: (d: 'asc' | 'desc'): SortPlan => ({
      walk: `people hp CROSS JOIN households h ON h.head_person_id = hp.id CROSS JOIN ${table} x ON x.household_id = h.id`,
      joined: `${table} x JOIN households h ON h.id = x.household_id JOIN people hp ON hp.id = h.head_person_id`,
      walkWhere: office('hp'),
      orderBy: `ORDER BY hp.pinyin_full ${direction(d)}, h.number ${direction(d)}, ${then}`,
    }),
    cadreName: (d: 'asc' | 'desc'): SortPlan => ({
      walk: `people cp CROSS JOIN household_cadres c ON c.person_id = cp.id AND c.office_code = cp.office_code
        AND c.voided = 0 CROSS JOIN ${table} x ON x.cadre_id = c.id`,
      joined: `${table} x JOIN household_cadres c ON c.id = x.cadre_id JOIN people cp ON cp.id = c.person_id`,
      walkWhere: office('cp'),
      orderBy: `ORDER BY cp.pinyin_full ${direction(d)}, c.id, ${then}`,
    }),
    /** x's own column (an index of x serves it). */
    own: (column: string, d: 'asc' | 'desc'): SortPlan => ({
      walk: null,
      joined: `${table} x`,
      walkWhere: { sql: '1', params: [] },
      orderBy: `ORDER BY ${column} ${direction(d)}, x.rowid ${direction(d)}`,
    }),
  };
}
