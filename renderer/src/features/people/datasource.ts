// The grid's infinite row model over people.list: blocks of 100 rows fetched as the user scrolls,
// sorted and filtered by the backend in SQL. Never loads the whole registry.
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { PersonRow } from '@core/people/contract';
import { call } from '../../api/client';
import { columnFiltersOf, type CustomTypes } from './columnFilterModel';
import { queryOf, sortOf, type PeopleFilters } from './query';

export const BLOCK_SIZE = 100;

export interface DatasourceEvents {
  onTotal(total: number): void;
  onError(error: unknown): void;
  /** The rows as shown: ID numbers this user revealed stay revealed. */
  shown?(rows: PersonRow[]): PersonRow[];
}

export function peopleDatasource(
  filters: PeopleFilters,
  events: DatasourceEvents,
  customTypes: CustomTypes = {},
): IDatasource {
  return {
    getRows(params: IGetRowsParams) {
      const columnFilters = columnFiltersOf(params.filterModel, customTypes);
      const query = {
        ...queryOf(filters, sortOf(params.sortModel)),
        ...(columnFilters.length ? { columnFilters } : {}),
      };
      const limit = Math.max(1, params.endRow - params.startRow);
      call('people.list', { ...query, offset: params.startRow, limit })
        .then((page) => {
          events.onTotal(page.total);
          params.successCallback(events.shown ? events.shown(page.rows) : page.rows, page.total);
        })
        .catch((error: unknown) => {
          params.failCallback();
          events.onError(error);
        });
    },
  };
}
