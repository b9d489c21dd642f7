// The legacy certificate register import (历史证书台账): read the file (any workbook or CSV, streamed), check
// every row (rows.ts), find repeated certificate numbers (in the file, or already in the office), match people
// by ID number; then - unless it is a dry run - write the valid rows in one transaction (write.ts).
import { maskIdNumber } from '@rules/idNumber';
import { officeOf } from '../../accounts/officeRow';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { cachedStatement } from '../../records/statements';
import { openTable } from '../../spreadsheet/read';
import type { SheetRow } from '../../spreadsheet/sheet';
import { localToday } from '../../stock/office';
import { findLegacyHeader, headerColumns, REQUIRED_COLUMNS } from './columns';
import type { LegacyImportResult, LegacyPreviewRow, LegacyRowError } from './contract';
import { kindReader } from './kinds';
import { checkLegacyRow, type LegacyRow, type RowContext } from './rows';
import { writeLegacyCertificates } from './write';

export interface LegacyImportInput {
  fileName: string;
  bytes: Uint8Array;
  dryRun?: boolean;
}

/** Problems listed at most; a file with more is the wrong file or a wrong column. */
export const LEGACY_ERRORS_LISTED = 5000;
const PREVIEW_ROWS = 50;

export async function importLegacyCertificates(
  ctx: CoreContext,
  input: LegacyImportInput,
): Promise<LegacyImportResult> {
  const office = officeOf(ctx);
  if (office.role !== 'county') fail('FORBIDDEN');
  const table = await openTable(input.fileName, input.bytes, findLegacyHeader);
  const columns = headerColumns(table.header);
  const missingColumns = REQUIRED_COLUMNS.filter((field) => columns[field] === undefined);
  if (!table.headerFound || missingColumns.length > 0) {
    await table.close();
    fail('LEGACY_COLUMNS_MISSING', { missing: missingColumns.join(','), headerRow: table.headerRow });
  }
  const today = localToday(ctx);
  const rc: RowContext = {
    columns,
    kindOf: kindReader(ctx, office.code),
    today,
    todayDate: new Date(`${today}T12:00:00Z`),
  };
  const numberTaken = cachedStatement(
    ctx.store.sqlite,
    'SELECT 1 FROM training_certificates WHERE office_code = ? AND number = ?',
  ).pluck();
  const firstRowOf = new Map<string, number>();
  const errors: LegacyRowError[] = [];
  const valid: LegacyRow[] = [];
  let rows = 0;
  let invalid = 0;
  const take = (batch: readonly SheetRow[]) => {
    for (const sheetRow of batch) {
      rows++;
      const checked = checkLegacyRow(sheetRow, rc);
      const rowErrors = checked.ok ? [] : checked.errors;
      const number = checked.ok ? checked.row.certificateNumber : null;
      if (number !== null) {
        if (firstRowOf.has(number))
          rowErrors.push({ row: sheetRow.number, field: 'certificateNumber', code: 'CERTIFICATE_NUMBER_REPEATED' });
        else if (numberTaken.get(office.code, number))
          rowErrors.push({ row: sheetRow.number, field: 'certificateNumber', code: 'CERTIFICATE_NUMBER_EXISTS' });
        else firstRowOf.set(number, sheetRow.number);
      }
      if (rowErrors.length === 0 && checked.ok) valid.push(checked.row);
      else {
        invalid++;
        for (const e of rowErrors) if (errors.length < LEGACY_ERRORS_LISTED + 1) errors.push(e);
      }
    }
  };
  try {
    take(table.rows);
    for await (const batch of table.batches) take(batch);
  } finally {
    await table.close();
  }
  const registered = registeredPeople(ctx, office.code, valid);
  const wouldAdd = new Set(valid.map((r) => r.person.idNumber).filter((id) => !registered.has(id))).size;
  const result: LegacyImportResult = {
    headerRow: table.headerRow,
    rows,
    valid: valid.length,
    invalid,
    errors: errors.slice(0, LEGACY_ERRORS_LISTED),
    errorsTruncated: errors.length > LEGACY_ERRORS_LISTED,
    missingColumns: [],
    peopleMatched: new Set(valid.map((r) => r.person.idNumber).filter((id) => registered.has(id))).size,
    peopleAdded: wouldAdd,
    preview: valid.slice(0, PREVIEW_ROWS).map((row) => previewOf(row, registered)),
    imported: 0,
  };
  if (input.dryRun || valid.length === 0) return result;
  const written = writeLegacyCertificates(
    ctx,
    office.code,
    { rows: valid, registered },
    {
      fileName: input.fileName,
      rows,
      invalid,
    },
  );
  return { ...result, imported: written.imported, peopleAdded: written.peopleAdded };
}

/** The registry's live person for each ID number the valid rows name. */
function registeredPeople(ctx: CoreContext, officeCode: string, rows: readonly LegacyRow[]): Map<string, string> {
  const find = cachedStatement(
    ctx.store.sqlite,
    'SELECT id FROM people WHERE office_code = ? AND id_number = ? AND voided = 0',
  ).pluck();
  const found = new Map<string, string>();
  for (const row of rows) {
    const id = row.person.idNumber;
    if (found.has(id)) continue;
    const personId = find.get(officeCode, id) as string | undefined;
    if (personId) found.set(id, personId);
  }
  return found;
}

function previewOf(row: LegacyRow, registered: ReadonlyMap<string, string>): LegacyPreviewRow {
  return {
    row: row.row,
    name: row.person.name,
    idMasked: maskIdNumber(row.person.idNumber),
    certificateNumber: row.certificateNumber,
    kindName: row.kind.name,
    issueDate: row.issueDate,
    expiryDate: row.expiryDate,
    township: row.township,
    workUnit: row.workUnit,
    person: registered.has(row.person.idNumber) ? 'matched' : 'added',
  };
}
