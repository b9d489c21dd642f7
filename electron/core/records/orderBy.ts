// A register grid's sort as SQL: the chosen columns' keys in their directions, each key once, then the rowid in the
// last column's direction, so pages read one after another neither skip nor repeat a row. The default sort and the
// keys of each column are the grid's own.
export interface GridSortKey<C> {
  column: C;
  direction: 'asc' | 'desc';
}

export function gridOrderBy<C>(
  sort: readonly GridSortKey<C>[],
  keysOf: (column: C) => readonly string[],
  rowid: string,
): string {
  const dir = (direction: string) => (direction === 'desc' ? 'DESC' : 'ASC');
  const keys = sort.flatMap((s) => keysOf(s.column).map((key) => [key, dir(s.direction)] as const));
  const last = dir(sort[sort.length - 1]?.direction ?? 'asc');
  const seen = new Set<string>();
  const unique = [...keys, [rowid, last] as const].filter(([key]) => !seen.has(key) && seen.add(key));
  return `ORDER BY ${unique.map(([key, direction]) => `${key} ${direction}`).join(', ')}`;
}
