// The people grid's column filters as the API's columnFilters, kept in step with the grid, for the export and
// 分组计数 (people.list gets them from the datasource's filterModel).
import type { GridApi } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import type { ColumnFilter } from '@api/columnFilters';
import { columnFiltersOf } from './columnFilterModel';

export function useColumnFilters(api: GridApi | null): ColumnFilter[] {
  const [filters, setFilters] = useState<ColumnFilter[]>([]);
  useEffect(() => {
    if (!api) return;
    const changed = () => setFilters(columnFiltersOf(api.getFilterModel()));
    changed();
    api.addEventListener('filterChanged', changed);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('filterChanged', changed);
    };
  }, [api]);
  return filters;
}
