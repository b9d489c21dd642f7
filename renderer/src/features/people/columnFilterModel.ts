// The grid's filter model (AG Grid's text, number and date filters, and our choice list) as the API's
// columnFilters: what people.list, the export and 分组计数 all receive, so each shows exactly the grid's view.
import type { FilterModel } from 'ag-grid-community';
import {
  CHOICE_COLUMNS,
  CONTAINS_COLUMNS,
  DATE_COLUMNS,
  NUMBER_COLUMNS,
  type ColumnFilter,
  type CustomFieldMatch,
} from '@api/columnFilters';
import { isCustomFieldKey, type CustomFieldKey, type CustomFieldType } from '@rules/customFields';

/** Our choice list's model (AG Grid's set filter is Enterprise). */
export interface ChoiceModel {
  filterType: 'choice';
  values: (string | null)[];
}
interface TextModel {
  filterType: 'text';
  type?: string;
  filter?: string | null;
}
interface NumberModel {
  filterType: 'number';
  type?: string;
  filter?: number | null;
  filterTo?: number | null;
}
interface DateModel {
  filterType: 'date';
  type?: string;
  dateFrom?: string | null;
  dateTo?: string | null;
}
type AnyModel = ChoiceModel | TextModel | NumberModel | DateModel;

const isOne = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** [lower, upper] of a one-condition range filter: equals, ≥, ≤ or between (inclusive). */
function bounds<V>(type: string | undefined, from: V | undefined, to: V | undefined): [V | undefined, V | undefined] {
  if (type === 'equals') return [from, from];
  if (type === 'greaterThanOrEqual' || type === 'greaterThan') return [from, undefined];
  if (type === 'lessThanOrEqual' || type === 'lessThan') return [undefined, from];
  return [from, to];
}

const dayOf = (value: string | null | undefined) => (value ? value.slice(0, 10) : undefined);

/** A custom field's filter, by the field's type (a yes/no list ticks 'true'/'false'). */
function customFilterOf(key: CustomFieldKey, type: CustomFieldType, model: AnyModel): ColumnFilter | null {
  const custom = (match: CustomFieldMatch): ColumnFilter => ({ kind: 'custom', key, match });
  if (model.filterType === 'choice') {
    if (!model.values.length) return null;
    return type === 'yesno'
      ? custom({ op: 'yesno', values: model.values.map((v) => (v === null ? null : v === 'true')) })
      : custom({ op: 'choice', values: model.values });
  }
  if (model.filterType === 'text') {
    const text = model.filter?.trim();
    return text ? custom({ op: 'contains', text }) : null;
  }
  if (model.filterType === 'number') {
    const [min, max] = bounds(model.type, model.filter ?? undefined, model.filterTo ?? undefined);
    return custom({ op: 'numberRange', min, max });
  }
  const [from, to] = bounds(model.type, dayOf(model.dateFrom), dayOf(model.dateTo));
  return from || to ? custom({ op: 'dateRange', from, to }) : null;
}

function filterOf(colId: string, model: AnyModel, customTypes: CustomTypes): ColumnFilter | null {
  const customType = isCustomFieldKey(colId) ? customTypes[colId] : undefined;
  if (customType) return customFilterOf(colId as CustomFieldKey, customType, model);
  if (model.filterType === 'choice') {
    return isOne(CHOICE_COLUMNS, colId) && model.values.length
      ? { kind: 'choice', column: colId, values: model.values }
      : null;
  }
  if (model.filterType === 'text') {
    const text = model.filter?.trim();
    if (!text) return null;
    if (colId === 'idNumber') return { kind: 'idNumber', text };
    return isOne(CONTAINS_COLUMNS, colId) ? { kind: 'contains', column: colId, text } : null;
  }
  if (model.filterType === 'number') {
    const [min, max] = bounds(model.type, model.filter ?? undefined, model.filterTo ?? undefined);
    return isOne(NUMBER_COLUMNS, colId) ? { kind: 'numberRange', column: colId, min, max } : null;
  }
  const [from, to] = bounds(model.type, dayOf(model.dateFrom), dayOf(model.dateTo));
  if (!isOne(DATE_COLUMNS, colId) || (!from && !to)) return null;
  return { kind: 'dateRange', column: colId, from, to, utcOffsetMinutes: -new Date().getTimezoneOffset() };
}

/** The custom columns' field types by key. */
export type CustomTypes = Readonly<Record<string, CustomFieldType>>;

export function columnFiltersOf(model: FilterModel | null | undefined, customTypes: CustomTypes = {}): ColumnFilter[] {
  return Object.entries(model ?? {})
    .map(([colId, item]) => filterOf(colId, item as AnyModel, customTypes))
    .filter((f): f is ColumnFilter => f !== null);
}
