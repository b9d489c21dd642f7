// Checks one row of a legacy register: the person (the people registry's own checks, 15-digit numbers
// converted), the certificate number (kept as written), the kind (by the office's kind names), the dates in
// any form clerks type, and the sector. A row either becomes a certificate or lists every problem it has.
import { certificateExpiry } from '@rules/training/certificateDates';
import { CERTIFICATE_NUMBER_MAX } from '@rules/training/certificateNumber';
import { TRAINING_SECTOR_NAMES, TRAINING_SECTORS, type TrainingSector } from '@rules/training/kinds';
import { checkPerson, genderFromText, type NormalizedPerson } from '../../people/validate';
import { parseSheetDate, type SheetDate } from '../../spreadsheet/dates';
import { cellText, type SheetRow } from '../../spreadsheet/sheet';
import type { LegacyColumns } from './columns';
import type { LegacyField, LegacyRowError } from './contract';
import type { LegacyKind } from './kinds';
import { remembered } from './remembered';

export interface LegacyRow {
  row: number;
  person: NormalizedPerson;
  certificateNumber: string;
  kind: LegacyKind;
  issueDate: string;
  expiryDate: string;
  township: string | null;
  workUnit: string | null;
  sector: TrainingSector | null;
}

export interface RowContext {
  columns: LegacyColumns;
  kindOf: (text: string) => LegacyKind | 'NOT_CERTIFIED' | undefined;
  /** Today where the office is (YYYY-MM-DD), and as a Date for the ID number's birth-date check. */
  today: string;
  todayDate: Date;
  /** parseSheetDate of a cell's text, remembered: a register repeats its few thousand days in every row. */
  readDate: (value: string | number) => SheetDate;
  /** certificateExpiry, remembered per issue day and validity. */
  expiryOf: (issueDate: string, validityMonths: number) => string;
  /** The text itself, or an equal one met before: 100,000 rows hold each township and work unit once. */
  shared: (text: string | null) => string | null;
}

/** Distinct date texts (or townships and work units) remembered at most; a file with more starts again. */
const DATES_REMEMBERED = 20_000;

export function rowContext(columns: LegacyColumns, kindOf: RowContext['kindOf'], today: string): RowContext {
  const expiries = new Map<number, (issueDate: string) => string>();
  const shared = remembered((text: string) => text, DATES_REMEMBERED);
  return {
    columns,
    kindOf,
    today,
    todayDate: new Date(`${today}T12:00:00Z`),
    readDate: remembered(parseSheetDate, DATES_REMEMBERED),
    expiryOf: (issueDate, validityMonths) => {
      let expiryOf = expiries.get(validityMonths);
      if (!expiryOf) {
        expiryOf = remembered((day: string) => certificateExpiry(day, validityMonths), DATES_REMEMBERED);
        expiries.set(validityMonths, expiryOf);
      }
      return expiryOf(issueDate);
    },
    shared: (text) => (text === null ? null : shared(text)),
  };
}

type Checked = { ok: true; row: LegacyRow } | { ok: false; errors: LegacyRowError[] };

/** 社区, 进社区, 社区进 ... by the sector's name inside the text; anything else named is 其他. */
function sectorOf(text: string | null): TrainingSector | null {
  if (text === null) return null;
  return TRAINING_SECTORS.find((s) => text.includes(TRAINING_SECTOR_NAMES[s]) || text.toLowerCase() === s) ?? 'other';
}

export function checkLegacyRow(sheetRow: SheetRow, rc: RowContext): Checked {
  const errors: LegacyRowError[] = [];
  const error = (field: LegacyField, code: string) => errors.push({ row: sheetRow.number, field, code });
  const cell = (field: LegacyField) => {
    const at = rc.columns[field];
    return at === undefined ? null : (sheetRow.cells[at] ?? null);
  };
  const text = (field: LegacyField) => cellText(cell(field) ?? undefined);

  const checked = checkPerson(
    {
      name: text('name') ?? '',
      // A number here is reported ID_SPREADSHEET_NUMBER (digits lost to Excel), as the people import does.
      idNumber: (typeof cell('idNumber') === 'number' ? cell('idNumber') : text('idNumber')) as string,
      gender: genderFromText(text('gender')),
      township: rc.shared(text('township')),
      workUnit: rc.shared(text('workUnit')),
    },
    rc.todayDate,
  );
  for (const issue of checked.issues)
    if (issue.severity === 'error')
      error(issue.field === 'idNumber' ? 'idNumber' : (issue.field as LegacyField), issue.code);

  const number = text('certificateNumber');
  if (number === null) error('certificateNumber', 'CERTIFICATE_NUMBER_REQUIRED');
  else if (number.length > CERTIFICATE_NUMBER_MAX) error('certificateNumber', 'CERTIFICATE_NUMBER_TOO_LONG');

  const kindText = text('kind');
  const kind = kindText === null ? undefined : rc.kindOf(kindText);
  if (kindText === null) error('kind', 'KIND_REQUIRED');
  else if (kind === undefined) error('kind', 'KIND_UNKNOWN');
  else if (kind === 'NOT_CERTIFIED') error('kind', 'KIND_NOT_CERTIFIED');

  const issueDate = dateOf(rc, 'issueDate', cell('issueDate'), error, true);
  if (issueDate !== null && issueDate > rc.today) error('issueDate', 'ISSUE_DATE_FUTURE');
  const givenExpiry = dateOf(rc, 'expiryDate', cell('expiryDate'), error, false);
  if (issueDate !== null && givenExpiry !== null && givenExpiry < issueDate) error('expiryDate', 'EXPIRY_BEFORE_ISSUE');

  if (errors.length > 0 || !checked.person || number === null || issueDate === null) return { ok: false, errors };
  const certified = kind as LegacyKind;
  return {
    ok: true,
    row: {
      row: sheetRow.number,
      person: checked.person,
      certificateNumber: number,
      kind: certified,
      issueDate,
      expiryDate: givenExpiry ?? rc.expiryOf(issueDate, certified.validityMonths),
      township: checked.person.township,
      workUnit: checked.person.workUnit,
      sector: sectorOf(text('sector')),
    },
  };
}

function dateOf(
  rc: RowContext,
  field: 'issueDate' | 'expiryDate',
  value: string | number | null,
  error: (field: LegacyField, code: string) => void,
  required: boolean,
): string | null {
  if (value === null || cellText(value) === null) {
    if (required) error(field, 'DATE_REQUIRED');
    return null;
  }
  const read = rc.readDate(value);
  if (read.ok) return read.date;
  error(field, read.code);
  return null;
}
