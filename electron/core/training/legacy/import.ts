// The legacy certificate register import (历史证书台账): read the file (any workbook or CSV, streamed), check
// every row (rows.ts), find repeated certificate numbers (in the file, or already in the office), match people
// by ID number; then - unless it is a dry run - write the valid rows in one transaction (write.ts).
import { maskIdNumber } from '@rules/idNumber';
import { officeOf } from '../../accounts/officeRow';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { registeredPeople } from '../../people/registered';
import { valueRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';
import { openTable } from '../../spreadsheet/read';
import type { SheetRow } from '../../spreadsheet/sheet';
import { localToday } from '../../stock/office';
import { findLegacyHeader, headerColumns, REQUIRED_COLUMNS } from './columns';
import type { LegacyImportResult, LegacyPreviewRow, LegacyRowError } from './contract';
import { kindReader } from './kinds';
import { checkLegacyRow, rowContext, type LegacyRow } from './rows';
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
  const rc = rowContext(columns, kindReader(ctx, office.code), localToday(ctx));
  const numbersTaken = takenNumbers(ctx, office.code);
  const numbersSeen = new Set<string>();
  const errors: LegacyRowError[] = [];
  const valid: LegacyRow[] = [];
  let rows = 0;
  let invalid = 0;
  const take = (batch: readonly SheetRow[]) => {
    const checked = batch.map((sheetRow) => checkLegacyRow(sheetRow, rc));
    const taken = numbersTaken(checked.flatMap((row) => (row.ok ? [row.row.certificateNumber] : [])));
    rows += batch.length;
    checked.forEach((row, at) => {
      const rowNumber = batch[at]!.number;
      const rowErrors = row.ok ? [] : row.errors;
      if (row.ok) {
        const number = row.row.certificateNumber;
        if (numbersSeen.has(number))
          rowErrors.push({ row: rowNumber, field: 'certificateNumber', code: 'CERTIFICATE_NUMBER_REPEATED' });
        else if (taken.has(number))
          rowErrors.push({ row: rowNumber, field: 'certificateNumber', code: 'CERTIFICATE_NUMBER_EXISTS' });
        else numbersSeen.add(number);
      }
      if (rowErrors.length === 0 && row.ok) valid.push(row.row);
      else {
        invalid++;
        for (const e of rowErrors) if (errors.length < LEGACY_ERRORS_LISTED + 1) errors.push(e);
      }
    });
  };
  try {
    take(table.rows);
    for await (const batch of table.batches) take(batch);
  } finally {
    await table.close();
  }
  const idNumbers = [...new Set(valid.map((r) => r.person.idNumber))];
  const registered = registeredPeople(ctx, office.code, idNumbers);
  const result: LegacyImportResult = {
    headerRow: table.headerRow,
    rows,
    valid: valid.length,
    invalid,
    errors: errors.slice(0, LEGACY_ERRORS_LISTED),
    errorsTruncated: errors.length > LEGACY_ERRORS_LISTED,
    missingColumns: [],
    peopleMatched: registered.size,
    peopleAdded: idNumbers.length - registered.size,
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

/** Which of the numbers the office has given a certificate already (voided ones too: a number is never reused). */
function takenNumbers(ctx: CoreContext, officeCode: string): (numbers: readonly string[]) => Set<string> {
  const find = valueRead<string>(
    `SELECT number FROM training_certificates WHERE office_code = ? AND number IN (${IN_LIST})`,
  ).on(ctx.store.sqlite);
  return (numbers) => {
    const taken = new Set<string>();
    for (const batch of inListBatches(numbers)) for (const number of find.all(officeCode, ...batch)) taken.add(number);
    return taken;
  };
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
