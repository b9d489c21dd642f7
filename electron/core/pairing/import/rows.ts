// One row of a pairing list: the cadre's and the head's ID numbers (valid ones, as the registry checks them), the
// pairing's start (a date clerks type or Excel holds, not after today), and the cadre's optional unit, level (省直
// ... 村级) and phone. Every problem of the row is listed.
import { wordLookup, type CadreLevel } from '@rules/households';
import { parseIdNumber } from '@rules/idNumber';
import { FIELD_LIMITS } from '@rules/limits';
import { CADRE_LEVEL_WORDS } from '@rules/pairing';
import { parseLandline } from '@rules/phone';
import { parseSheetDate } from '../../spreadsheet/dates';
import { cellText, type SheetRow } from '../../spreadsheet/sheet';
import type { PairingColumns } from './columns';
import type { PairingImportError, PairingImportField } from './contract';

export interface PairingImportRow {
  row: number;
  cadreIdNumber: string;
  headIdNumber: string;
  fromDate: string;
  unit: string | null;
  level: CadreLevel | null;
  phone: string | null;
}

const levelOf = wordLookup(CADRE_LEVEL_WORDS);

export function checkPairingRow(
  sheetRow: SheetRow,
  columns: PairingColumns,
  today: string,
): PairingImportRow | { errors: PairingImportError[] } {
  const errors: PairingImportError[] = [];
  const error = (field: PairingImportField, code: string) => errors.push({ row: sheetRow.number, field, code });
  const cell = (field: PairingImportField) => {
    const at = columns[field];
    return at === undefined ? null : (sheetRow.cells[at] ?? null);
  };
  const text = (field: PairingImportField) => cellText(cell(field) ?? undefined);
  const idOf = (field: 'cadreIdNumber' | 'headIdNumber') => {
    const raw = cell(field);
    const parsed = parseIdNumber(typeof raw === 'number' ? raw : text(field), new Date(`${today}T12:00:00Z`));
    if (!parsed.ok) error(field, parsed.code);
    return parsed.ok ? parsed.idNumber : null;
  };
  const cadreIdNumber = idOf('cadreIdNumber');
  const headIdNumber = idOf('headIdNumber');
  if (cadreIdNumber !== null && cadreIdNumber === headIdNumber) error('cadreIdNumber', 'PAIRING_CADRE_IS_HEAD');
  const dateCell = cell('fromDate');
  const date = dateCell === null || text('fromDate') === null ? null : parseSheetDate(dateCell);
  const fromDate = date?.ok ? date.date : null;
  if (date === null) error('fromDate', 'PAIRING_DATE_REQUIRED');
  else if (!date.ok) error('fromDate', date.code);
  else if (date.date > today) error('fromDate', 'PAIRING_DATE_FUTURE');
  const unit = text('unit')?.replace(/\s+/g, ' ') ?? null;
  if (unit !== null && [...unit].length > FIELD_LIMITS.household_cadres.unit) error('unit', 'TEXT_TOO_LONG');
  const levelText = text('level');
  const level = levelText === null ? null : (levelOf(levelText) ?? null);
  if (levelText !== null && level === null) error('level', 'CADRE_LEVEL_UNKNOWN');
  const phone = parseLandline(text('phone'));
  if (!phone.ok) error('phone', 'CADRE_PHONE_FORMAT');
  if (errors.length > 0 || cadreIdNumber === null || headIdNumber === null || fromDate === null) return { errors };
  return {
    row: sheetRow.number,
    cadreIdNumber,
    headIdNumber,
    fromDate,
    unit,
    level,
    phone: phone.ok ? phone.value : null,
  };
}
