// Custom fields in a people import: a column whose header is a visible field's label (zh or en) fills that field,
// each cell read in the field's type (an Excel date cell, 是/否, a number with commas) and checked by the rule
// the form uses; in update mode the file's values go over the stored ones, a blank cell keeping the stored value.
import type { ImportColumn, ImportFieldChange } from '@core/people/contract';
import { customValueText, parseCustomValues, type CustomFieldKey, type CustomValue } from '@rules/customFields';
import type { CustomFieldRow } from '../../customFields/contract';
import { customCellValue, fieldsByLabel } from '../../customFields/importCells';
import { normaliseHeader } from '../../spreadsheet/header';
import type { Cell } from '../../spreadsheet/sheet';

/** The columns with customKey set on each unmapped one whose header is a field's label (the first such column). */
export function withCustomColumns(columns: ImportColumn[], fields: readonly CustomFieldRow[]): ImportColumn[] {
  const byLabel = fieldsByLabel(fields);
  const taken = new Set<string>();
  return columns.map((column) => {
    const field = column.field === null ? byLabel.get(normaliseHeader(column.header)) : undefined;
    if (!field || taken.has(field.key)) return column;
    taken.add(field.key);
    return { ...column, customKey: field.key as CustomFieldKey };
  });
}

/** The custom values a row gives, by key; a blank cell gives nothing (the form's "not filled"). */
export function rowCustomValues(
  columns: readonly ImportColumn[],
  fields: readonly CustomFieldRow[],
  cells: readonly Cell[],
): Record<string, unknown> | undefined {
  const values: Record<string, unknown> = {};
  for (const { index, customKey } of columns) {
    const field = customKey && fields.find((f) => f.key === customKey);
    if (!field) continue;
    const value = customCellValue(field, cells[index]);
    if (value !== null) values[field.key] = value;
  }
  return Object.keys(values).length > 0 ? values : undefined;
}

/** Update mode: the stored values with the row's over them, and each key that changes. */
export function mergeCustomValues(
  stored: string | null,
  row: string | null,
): { customFields: string | null; changes: ImportFieldChange[] } {
  const before = parseCustomValues(stored) ?? {};
  const given = parseCustomValues(row) ?? {};
  const merged: Record<string, CustomValue> = { ...before, ...given };
  const changes = Object.keys(given)
    .filter((key) => before[key] !== given[key])
    .map((key) => ({
      field: key as CustomFieldKey,
      from: key in before ? customValueText(before[key]) : null,
      to: customValueText(given[key]),
    }));
  return { customFields: Object.keys(merged).length > 0 ? JSON.stringify(merged) : null, changes };
}
