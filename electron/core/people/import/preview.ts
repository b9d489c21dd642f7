// What the clerk reviews before importing: the counts, every row's issues with the row's name, the first
// rows as they will be stored, and in update mode what each matched person would change (old -> new).
// ID numbers are masked for roles that may not reveal them; no birth date is ever part of it.
import type { ImportColumn, ImportPreview, ImportUpdateSummary, PersonField } from '@core/people/contract';
import { maskIdNumber } from '@rules/idNumber';
import { IMPORT_CHANGES_SHOWN } from '@rules/limits';
import { cellText } from '../../spreadsheet/sheet';
import { isDuplicateIssue, type CheckedRow } from './check';
import type { UpdateOptions } from './match';

export const SAMPLE_ROWS = 20;

const SAMPLE_FIELDS: readonly PersonField[] = [
  'name',
  'gender',
  'idNumber',
  'mobile',
  'phone',
  'township',
  'village',
  'workUnit',
  'notes',
];

export interface PreviewShape {
  fileName: string;
  headerRow: number;
  columns: ImportColumn[];
  masked: boolean;
  update: UpdateOptions | null;
}

/** A checked row for the preview's first rows: a valid row as it will be stored, an invalid one as read. */
export function sampleRow(
  columns: readonly ImportColumn[],
  checked: CheckedRow,
  masked: boolean,
): ImportPreview['sample'][number] {
  const values: Partial<Record<PersonField, string>> = {};
  const { person } = checked;
  if (person) {
    for (const field of SAMPLE_FIELDS) {
      const value = field === 'idNumber' && masked ? maskIdNumber(person.idNumber) : person[field];
      if (value !== null) values[field] = value;
    }
  } else {
    for (const { index, field } of columns) {
      const text = field ? cellText(checked.cells[index]) : null;
      if (field && text !== null) values[field] = field === 'idNumber' && masked ? maskIdNumber(text) : text;
    }
  }
  return { row: checked.row, action: checked.action ?? (person ? 'add' : 'invalid'), values };
}

/** The name a row gives: its cleaned name, or for a refused row the name cell as read. */
function rowName(columns: readonly ImportColumn[], checked: CheckedRow): string | null {
  if (checked.person) return checked.person.name;
  const column = columns.find((c) => c.field === 'name');
  return column ? cellText(checked.cells[column.index]) : null;
}

export function previewOf(
  shape: PreviewShape,
  rows: readonly CheckedRow[],
  sample: ImportPreview['sample'],
): ImportPreview {
  let valid = 0;
  let duplicates = 0;
  let warnings = 0;
  const issues: ImportPreview['issues'] = [];
  for (const checked of rows) {
    if (checked.person) valid++;
    if (checked.issues.length === 0) continue;
    if (checked.issues.some(isDuplicateIssue)) duplicates++;
    if (checked.issues.some((i) => i.severity === 'warning')) warnings++;
    const name = rowName(shape.columns, checked);
    for (const issue of checked.issues) issues.push({ row: checked.row, name, ...issue });
  }
  const { fileName, headerRow, columns } = shape;
  return {
    fileName,
    headerRow,
    columns,
    rows: rows.length,
    valid,
    invalid: rows.length - valid,
    duplicates,
    warnings,
    issues,
    sample,
    update: shape.update && updateSummary(rows, shape.update, shape.masked),
  };
}

function updateSummary(rows: readonly CheckedRow[], options: UpdateOptions, masked: boolean): ImportUpdateSummary {
  const summary: ImportUpdateSummary = {
    added: 0,
    updated: 0,
    unchanged: 0,
    clearBlanks: [...options.clearBlanks],
    changes: [],
  };
  for (const checked of rows) {
    if (checked.action === 'add') summary.added++;
    else if (checked.action === 'unchanged') summary.unchanged++;
    else if (checked.action === 'update') {
      summary.updated++;
      if (summary.changes.length >= IMPORT_CHANGES_SHOWN) continue;
      const { name, idNumber } = checked.person!;
      summary.changes.push({
        row: checked.row,
        name,
        idNumber: masked ? maskIdNumber(idNumber) : idNumber,
        changes: checked.update!.changes,
      });
    }
  }
  return summary;
}
