// Column helpers shared by the warehouse grids: quantities and yuan right-aligned (numbers in the
// export), dates as 2025-03-04, and a text column by i18n key.
import type { ColDef, ValueGetterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '@renderer/i18n';
import { fenToYuan } from '../money';

type Col<T> = ColDef<T>;
/** Numbers right-aligned in tabular figures (AG Grid's rightAligned type would lose to a cellClass of ours). */
const RIGHT = { headerClass: 'ag-right-aligned-header', cellClass: 'ag-right-aligned-cell cell-number' } as const;

export function textCol<T>(t: TFunction, field: string, width: number, extra: Partial<Col<T>> = {}): Col<T> {
  return { colId: field, field: field as Col<T>['field'], headerName: t(`stock.field.${field}`), width, ...extra };
}

export function quantityCol<T>(t: TFunction, field: string, width = 90, extra: Partial<Col<T>> = {}): Col<T> {
  return {
    colId: field,
    field: field as Col<T>['field'],
    headerName: t(`stock.field.${field}`),
    width,
    ...RIGHT,
    valueFormatter: (p) => (p.value === null || p.value === undefined ? '' : Number(p.value).toLocaleString('en-US')),
    context: { unitField: 'unit' }, // the status bar never adds 床 to 袋
    ...extra,
  };
}

/** A fen field shown (and exported) in yuan. */
export function yuanCol<T>(t: TFunction, field: string, width = 110, extra: Partial<Col<T>> = {}): Col<T> {
  return {
    colId: field,
    headerName: t(`stock.field.${field}`),
    width,
    ...RIGHT,
    valueGetter: (p: ValueGetterParams<T>) => {
      const fen = (p.data as Record<string, unknown> | undefined)?.[field];
      return typeof fen === 'number' ? fen / 100 : null;
    },
    valueFormatter: (p) => (typeof p.value === 'number' ? fenToYuan(Math.round(p.value * 100)) : ''),
    ...extra,
  };
}

export function dateCol<T>(t: TFunction, field: string, width = 110, extra: Partial<Col<T>> = {}): Col<T> {
  return {
    colId: field,
    field: field as Col<T>['field'],
    headerName: t(`stock.field.${field}`),
    width,
    valueFormatter: (p) => formatDate(p.value as string | null),
    ...extra,
  };
}

export function dateTimeCol<T>(t: TFunction, field: string, width = 140, extra: Partial<Col<T>> = {}): Col<T> {
  return {
    colId: field,
    field: field as Col<T>['field'],
    headerName: t(`stock.field.${field}`),
    width,
    valueFormatter: (p) => formatDateTime(p.value as string | null),
    ...extra,
  };
}
