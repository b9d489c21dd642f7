// The people grid's column filters as the API's columnFilters, kept in step with the grid, for the export and
// 分组计数 (people.list gets them from the datasource's filterModel).
import type { GridApi } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import type { ColumnFilter } from '@api/columnFilters';
import { columnFiltersOf, type CustomTypes } from './columnFilterModel';

const NO_CUSTOM: CustomTypes = {};

export function useColumnFilters(api: GridApi | null, customTypes: CustomTypes = NO_CUSTOM): ColumnFilter[] {
  const [filters, setFilters] = useState<ColumnFilter[]>([]);
  useEffect(() => {
    if (!api) return;
    const changed = () => setFilters(columnFiltersOf(api.getFilterModel(), customTypes));
    changed();
    api.addEventListener('filterChanged', changed);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('filterChanged', changed);
    };
  }, [api, customTypes]);
  return filters;
}
