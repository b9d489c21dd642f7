// A grid column of one custom field (the people grid, the volunteer roster): headed by the field's label, its
// value read from the row's custom values and shown as a clerk reads it (是/否, numbers to the right).
import type { ColDef } from 'ag-grid-community';
import type { CustomFieldRow } from '@core/customFields/contract';
import { customValueText, type CustomValue } from '@rules/customFields';
import { fieldLabel } from './useCustomFields';

export function customValueColumn<R extends { customFields: Record<string, CustomValue> | null }>(
  field: CustomFieldRow,
  language: string,
): ColDef<R> {
  return {
    colId: field.key,
    headerName: fieldLabel(field, language),
    initialWidth: Math.max(96, [...fieldLabel(field, language)].length * 14 + 40),
    sortable: true,
    type: field.type === 'number' ? 'rightAligned' : undefined,
    valueGetter: (params) => params.data?.customFields?.[field.key] ?? null,
    valueFormatter: (params) => customValueText(params.value as CustomValue | null, language === 'en' ? 'en' : 'zh-CN'),
  };
}

/** The fields a grid shows as columns. */
export const gridFields = (fields: readonly CustomFieldRow[]) => fields.filter((f) => f.inGrid && !f.hidden);
