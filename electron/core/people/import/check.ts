// Each data row checked exactly as the form checks a person (checkPerson), plus what only an import can
// get wrong: an unreadable gender, a landline in the mobile column, the same ID twice in the file or
// already in the registry.
import type { FieldIssue, ImportColumn, ImportFieldChange, ImportRowAction, PersonInput } from '@core/people/contract';
import { parseIdNumber } from '@rules/idNumber';
import { parseLandline, parseMobile } from '@rules/phone';
import type { CoreContext } from '../../context';
import type { CustomFieldRow } from '../../customFields/contract';
import { rowCustomValues } from '../../customFields/importColumns';
import { cachedStatement } from '../../records/statements';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';
import { checkPerson, genderFromText, type NormalizedPerson } from '../validate';

export interface CheckedRow {
  row: number;
  /** The row as read; emptied for valid rows once checked (only rejected rows are written back). */
  cells: Cell[];
  /** Null when the row has an error: it will not be imported. */
  person: NormalizedPerson | null;
  /** The normalised ID number when it could be read, valid row or not. */
  idNumber: string | null;
  issues: FieldIssue[];
  /** Update mode: what the row does, and for an update the registered person and the fields that change. */
  action?: ImportRowAction;
  update?: { id: string; rowVersion: number; changes: ImportFieldChange[] };
}

/** The person a row holds, by the column mapping. The ID cell is passed as it was stored, number or text. */
export function rowInput(
  columns: readonly ImportColumn[],
  cells: readonly Cell[],
): { input: PersonInput; issues: FieldIssue[] } {
  const input: PersonInput = { name: '', idNumber: '' };
  const issues: FieldIssue[] = [];
  for (const { index, field } of columns) {
    if (field === null) continue;
    const cell = cells[index] ?? null;
    if (field === 'idNumber') {
      // parseIdNumber takes unknown: a number here is reported ID_SPREADSHEET_NUMBER, not read as digits.
      input.idNumber = (typeof cell === 'number' ? cell : cellText(cell)) as string;
    } else if (field === 'gender') {
      const text = cellText(cell);
      input.gender = genderFromText(text);
      if (text !== null && input.gender === null)
        issues.push({ field, code: 'GENDER_INVALID', severity: 'error', details: { value: text } });
    } else if (field === 'notes') {
      input.notes = typeof cell === 'string' ? cell : cellText(cell);
    } else if (field === 'name') {
      input.name = cellText(cell) ?? '';
    } else {
      input[field] = cellText(cell);
    }
  }
  // 联系电话 columns hold landlines too: one that is not a mobile but is a landline goes to the phone field.
  if (input.mobile && !input.phone && !parseMobile(input.mobile).ok && parseLandline(input.mobile).ok) {
    input.phone = input.mobile;
    input.mobile = null;
  }
  return { input, issues };
}

/**
 * U+FFFD: a character the reading could not decode (a wrong encoding, or exceljs's streaming reader splitting a
 * Chinese character between two chunks). Stored, it would replace a good value with garbage - in update mode
 * over a registered person's - so there such a cell is an error the clerk sees (TEXT_UNREADABLE).
 */
const UNREADABLE = '\uFFFD';

export function unreadableCells(columns: readonly ImportColumn[], cells: readonly Cell[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const { index, field } of columns) {
    const cell = cells[index];
    if (field !== null && typeof cell === 'string' && cell.includes(UNREADABLE))
      issues.push({ field, code: 'TEXT_UNREADABLE', severity: 'error' });
  }
  return issues;
}

/** The office's custom fields as an import checks them; requireAll: a new person needs its required ones. */
export interface ImportCustomFields {
  fields: readonly CustomFieldRow[];
  requireAll: boolean;
}

export function checkRow(
  columns: readonly ImportColumn[],
  row: SheetRow,
  today: Date,
  custom: ImportCustomFields = { fields: [], requireAll: false },
): CheckedRow {
  const { input, issues: own } = rowInput(columns, row.cells);
  input.customFields = rowCustomValues(columns, custom.fields, row.cells) as PersonInput['customFields'];
  const { person, issues } = checkPerson(input, today, { ...custom, stored: null });
  const all = own.length > 0 ? [...own, ...issues] : issues;
  const kept = own.some((i) => i.severity === 'error') ? null : person;
  return {
    row: row.number,
    cells: row.cells,
    person: kept,
    idNumber: person?.idNumber ?? readableId(input, all, today),
    issues: all,
  };
}

/** The ID number of a row refused for something else, so duplicates among such rows are still found. */
function readableId(input: PersonInput, issues: readonly FieldIssue[], today: Date): string | null {
  if (issues.some((i) => i.field === 'idNumber')) return null;
  const id = parseIdNumber(input.idNumber, today);
  return id.ok ? id.idNumber : null;
}

/**
 * Marks rows whose ID number is already a live record of the office (ID_DUPLICATE) or appeared on an
 * earlier row of the file (ID_DUPLICATE_IN_FILE). Rows with other errors still claim their ID number,
 * so both rows of a pair are shown to the clerk. Rows come a chunk at a time, looked up in one query.
 */
export function duplicateChecker(ctx: CoreContext, officeCode: string) {
  const earlierRow = firstRows();
  const lookup = cachedStatement(
    ctx.store.sqlite,
    `SELECT id_number AS idNumber, id, name FROM people
    WHERE office_code = ? AND voided = 0 AND id_number IN (SELECT value FROM json_each(?))`,
  );
  return (chunk: readonly CheckedRow[]): void => {
    const rows = lookup.all(officeCode, idsOf(chunk)) as { idNumber: string; id: string; name: string }[];
    const existing = new Map(rows.map((r) => [r.idNumber, r]));
    for (const checked of chunk) {
      const { idNumber } = checked;
      if (idNumber === null) continue;
      const found = existing.get(idNumber);
      const firstRow = earlierRow(idNumber, checked.row);
      if (found)
        refuseRow(checked, {
          field: 'idNumber',
          code: 'ID_DUPLICATE',
          severity: 'error',
          details: { existingId: found.id, existingName: found.name },
        });
      else if (firstRow !== undefined) refuseRow(checked, inFileDuplicate(firstRow));
    }
  };
}

/** The chunk's readable ID numbers as the JSON array a `json_each(?)` lookup takes. */
export function idsOf(chunk: readonly CheckedRow[]): string {
  return JSON.stringify(chunk.flatMap((checked) => (checked.idNumber === null ? [] : [checked.idNumber])));
}

/** For each ID number, the first row that had it: a later row asks for it and is told the earlier row. */
export function firstRows(): (idNumber: string, row: number) => number | undefined {
  const firstRowOf = new Map<string, number>();
  return (idNumber, row) => {
    const first = firstRowOf.get(idNumber);
    if (first === undefined) firstRowOf.set(idNumber, row);
    return first;
  };
}

export function inFileDuplicate(firstRow: number): FieldIssue {
  return { field: 'idNumber', code: 'ID_DUPLICATE_IN_FILE', severity: 'error', details: { firstRow } };
}

/** An error that keeps the row out of the import. */
export function refuseRow(checked: CheckedRow, issue: FieldIssue): void {
  checked.issues.push(issue);
  checked.person = null;
}

export function isDuplicateIssue(issue: FieldIssue): boolean {
  return issue.code === 'ID_DUPLICATE' || issue.code === 'ID_DUPLICATE_IN_FILE';
}
