// A grid's clicked sort kept as a query's sort: the first column clicked, if the grid sorts by it.
import { useCallback, useState } from 'react';
import type { GridSort } from '../../ui/grid/InfiniteGrid';

export function useSorted<C extends string>(columns: readonly C[]) {
  const [sort, setSort] = useState<{ column: C; direction: 'asc' | 'desc' }[]>([]);
  const onSort = useCallback(
    (clicked: GridSort[]) =>
      setSort(
        clicked
          .filter((s) => (columns as readonly string[]).includes(s.colId))
          .slice(0, 1)
          .map((s) => ({ column: s.colId as C, direction: s.direction })),
      ),
    [columns],
  );
  return { sort, onSort };
}
