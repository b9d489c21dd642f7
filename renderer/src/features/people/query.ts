// What the people list shows: the filter bar's choices and the grid's sort, as one PeopleQuery for
// people.list and people.export (so an export is exactly the view).
import type { SortModelItem } from 'ag-grid-community';
import { PEOPLE_SORT_COLUMNS, type PeopleQuery, type PeopleSortColumn } from '@core/people/contract';
import { isCustomFieldKey, type CustomFieldKey } from '@rules/customFields';

export interface PeopleFilters {
  search: string;
  township: string;
  village: string;
  gender: '' | 'M' | 'F';
  includeVoided: boolean;
  /** In the city: one office's people ('' for all). */
  officeCode: string;
}

export const NO_FILTERS: PeopleFilters = {
  search: '',
  township: '',
  village: '',
  gender: '',
  includeVoided: false,
  officeCode: '',
};

export function isSortColumn(colId: string): colId is PeopleSortColumn {
  return (PEOPLE_SORT_COLUMNS as readonly string[]).includes(colId);
}

/** A built-in sort column or a custom field's key (f1). */
const sortable = (colId: string): colId is PeopleSortColumn | CustomFieldKey =>
  isSortColumn(colId) || isCustomFieldKey(colId);

/** The grid's sort model as the API's sort (columns the backend cannot sort by are dropped; at most 3). */
export function sortOf(model: readonly SortModelItem[]): NonNullable<PeopleQuery['sort']> {
  return model
    .flatMap((item) => (sortable(item.colId) ? [{ column: item.colId, sort: item.sort }] : []))
    .slice(0, 3)
    .map((item) => ({ column: item.column, direction: item.sort === 'desc' ? 'desc' : 'asc' }));
}

export function queryOf(filters: PeopleFilters, sort: PeopleQuery['sort'] = []): PeopleQuery {
  const query: PeopleQuery = {};
  const search = filters.search.trim();
  if (search) query.search = search;
  if (filters.township) query.township = filters.township;
  if (filters.village) query.village = filters.village;
  if (filters.gender) query.gender = filters.gender;
  if (filters.includeVoided) query.includeVoided = true;
  if (filters.officeCode) query.officeCode = filters.officeCode;
  if (sort?.length) query.sort = sort;
  return query;
}

export function hasFilters(filters: PeopleFilters): boolean {
  return Boolean(
    filters.search.trim() ||
    filters.township ||
    filters.village ||
    filters.gender ||
    filters.includeVoided ||
    filters.officeCode,
  );
}
