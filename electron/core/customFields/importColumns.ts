// Custom fields in a roster import (the people registry's, the volunteer roster's): a column whose header is a
// visible field's label (zh or en) fills that field, each cell read in the field's type (an Excel date cell, 是/否,
// a number with commas) for the rule of rules/customFields.ts to check as the form's save does.
import { customValueFromText, type CustomFieldKey } from '@rules/customFields';
import { parseSheetDate } from '../spreadsheet/dates';
import { normaliseHeader } from '../spreadsheet/header';
import { cellText, type Cell } from '../spreadsheet/sheet';
import type { CustomFieldRow } from './contract';

/** A column of the file as an import maps it: to a field of its own (field), or else perhaps to a custom field. */
export interface MappedColumn {
  index: number;
  header: string;
  field: string | null;
  /** The custom field whose label (zh or en) the header is; field is then null. */
  customKey?: CustomFieldKey;
}

/** The columns with customKey set on each unmapped one whose header is a field's label (the first such column). */
export function withCustomColumns<C extends MappedColumn>(
  columns: readonly C[],
  fields: readonly CustomFieldRow[],
): C[] {
  const byLabel = new Map(
    fields.flatMap((f) => [normaliseHeader(f.labelZh), normaliseHeader(f.labelEn)].map((l) => [l, f] as const)),
  );
  const taken = new Set<string>();
  return columns.map((column) => {
    const field = column.field === null ? byLabel.get(normaliseHeader(column.header)) : undefined;
    if (!field || taken.has(field.key)) return column;
    taken.add(field.key);
    return { ...column, customKey: field.key as CustomFieldKey };
  });
}

/** A cell as the field's value (unchecked: checkCustomValue names what is wrong with it). */
function cellValue(field: CustomFieldRow, cell: Cell | undefined): unknown {
  if (cell === null || cell === undefined) return null;
  if (field.type === 'number' && typeof cell === 'number') return cell;
  if (field.type === 'date') {
    const read = parseSheetDate(cell);
    return read.ok ? read.date : cellText(cell);
  }
  return customValueFromText(field, cellText(cell));
}

/** The custom values a row gives, by key; a blank cell gives nothing (the form's "not filled"). */
export function rowCustomValues(
  columns: readonly Pick<MappedColumn, 'index' | 'customKey'>[],
  fields: readonly CustomFieldRow[],
  cells: readonly Cell[],
): Record<string, unknown> | undefined {
  const values: Record<string, unknown> = {};
  for (const { index, customKey } of columns) {
    const field = customKey && fields.find((f) => f.key === customKey);
    if (!field) continue;
    const value = cellValue(field, cells[index]);
    if (value !== null) values[field.key] = value;
  }
  return Object.keys(values).length > 0 ? values : undefined;
}
