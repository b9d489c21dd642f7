// Custom fields in a roster import: a column headed by a visible field's label (zh or en) fills that field, each
// cell read in the field's type (an Excel date cell, 是/否, a number with commas); the rule of rules/customFields.ts
// then checks it as the form's values are checked. The people import and the member import read their cells here.
import { customValueFromText } from '@rules/customFields';
import { parseSheetDate } from '../spreadsheet/dates';
import { normaliseHeader } from '../spreadsheet/header';
import { cellText, type Cell } from '../spreadsheet/sheet';
import type { CustomFieldRow } from './contract';

/** A field by its labels, as a header names it. */
export function fieldsByLabel(fields: readonly CustomFieldRow[]): Map<string, CustomFieldRow> {
  return new Map(
    fields.flatMap((f) => [normaliseHeader(f.labelZh), normaliseHeader(f.labelEn)].map((l) => [l, f] as const)),
  );
}

/** A cell as the field's value (unchecked: checkCustomValue names what is wrong with it). */
export function customCellValue(field: CustomFieldRow, cell: Cell | undefined): unknown {
  if (cell === null || cell === undefined) return null;
  if (field.type === 'number' && typeof cell === 'number') return cell;
  if (field.type === 'date') {
    const read = parseSheetDate(cell);
    return read.ok ? read.date : cellText(cell);
  }
  return customValueFromText(field, cellText(cell));
}
