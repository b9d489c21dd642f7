// A roster's in-grid custom fields as columns a clerk can filter under the header (the filter of each field's
// type, as the people grid has them), and that filter row read back as the query's custom filters.
import type { ColDef, FilterModel } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { CustomFieldMatch } from '@api/columnFilters';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { CustomFieldKey, CustomValue } from '@rules/customFields';
import { columnFiltersOf } from '../people/columnFilterModel';
import { customFieldFilter, customTypesOf } from '../people/customColumns';
import { customValueColumn } from './customColumn';

export function filterableCustomColumns<R extends { customFields: Record<string, CustomValue> | null }>(
  t: TFunction,
  language: string,
  fields: readonly CustomFieldRow[],
): ColDef<R>[] {
  return fields.map((f) => ({
    ...customValueColumn<R>(f, language),
    ...customFieldFilter(f, { t, offices: null, birthDateShown: false }),
  }));
}

/** The grid's filter row as the query's custom filters. */
export function customFiltersOf(
  model: FilterModel,
  fields: readonly CustomFieldRow[],
): { key: CustomFieldKey; match: CustomFieldMatch }[] {
  return columnFiltersOf(model, customTypesOf(fields)).flatMap((f) =>
    f.kind === 'custom' ? [{ key: f.key, match: f.match }] : [],
  );
}
