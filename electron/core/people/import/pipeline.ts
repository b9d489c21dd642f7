// The import from bytes to records, shared by the UI's job API and the CLI: read the table, map its
// columns, check every row in chunks (as they are read) that yield to the event loop, then write the valid rows.
import type { ImportColumn, ImportCommitResult, ImportMode, ImportPreview } from '@core/people/contract';
import { officeOf } from '../../accounts/officeRow';
import type { CoreContext } from '../../context';
import { visibleFields } from '../../customFields/fields';
import { withCustomColumns } from '../../customFields/importColumns';
import { fail } from '../../errors';
import { openTable, type TableStream } from '../../spreadsheet/read';
import type { Cell, SheetRow } from '../../spreadsheet/sheet';
import { masksIds } from '../query';
import { checkRow, duplicateChecker, type CheckedRow } from './check';
import { findHeaderRow, mapColumns, type ColumnChoice } from './headers';
import { updateMatcher, type UpdateOptions } from './match';
import { previewOf, SAMPLE_ROWS, sampleRow } from './preview';
import { rejectedFileName, rejectedWorkbook } from './rejected';
import { writeUpdateImport } from './update';
import { writeImportedPeople } from './write';

/** Rows checked between two yields to the event loop: about 10 ms of work. */
const CHECK_CHUNK = 1000;

/** readMs: until the last row was read and checked; validateMs: the time spent checking, on the main thread alongside the reading. */
export interface ImportTimings {
  readMs: number;
  validateMs: number;
  writeMs: number;
}

export interface PreparedImport {
  fileName: string;
  header: Cell[];
  columns: ImportColumn[];
  rows: CheckedRow[];
  preview: ImportPreview;
  timings: ImportTimings;
  /** Update mode's options; null in the plain mode. */
  update: UpdateOptions | null;
}

export interface PrepareOptions {
  mapping?: ColumnChoice[];
  /** 更新已登记人员: a registered ID number updates that person instead of being refused. */
  update?: UpdateOptions;
  onProgress?: (phase: 'reading' | 'validating', done: number, total: number) => void;
  signal?: AbortSignal;
}

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads and checks: the rows are checked chunk by chunk as the reading worker delivers them, so the two
 * run on two cores. The phase is 'reading' until the header is found, then 'validating' with the rows
 * checked against the rows the file is estimated to hold (exact once it is read to its end).
 */
export async function prepareImport(
  ctx: CoreContext,
  fileName: string,
  bytes: Uint8Array,
  options: PrepareOptions = {},
): Promise<PreparedImport> {
  const officeCode = officeOf(ctx).code;
  const started = performance.now();
  let bytesRead = 0;
  const table = await openTable(fileName, bytes, findHeaderRow, {
    signal: options.signal,
    onProgress: (done, total) => {
      bytesRead = done;
      options.onProgress?.('reading', done, total);
    },
  });
  const rows: CheckedRow[] = [];
  let checkMs = 0;
  try {
    const fields = visibleFields(ctx, officeCode, 'people');
    const columns = withCustomColumns(mapColumns(table, options.mapping), fields);
    // In update mode a registered person may hold a required field's value already: the form's edit rule.
    const custom = { fields, requireAll: !options.update };
    const masked = masksIds(ctx);
    const sample: ImportPreview['sample'] = [];
    const today = ctx.now();
    const markDuplicates = options.update
      ? updateMatcher(ctx, officeCode, columns, options.update)
      : duplicateChecker(ctx, officeCode);
    for await (const batch of batchesOf(table)) {
      for (let at = 0; at < batch.length; at += CHECK_CHUNK) {
        options.signal?.throwIfAborted();
        const chunkStarted = performance.now();
        const chunk = batch.slice(at, at + CHECK_CHUNK);
        const checked = chunk.map((row) => checkRow(columns, row, today, custom));
        markDuplicates(checked);
        for (const row of checked.slice(0, SAMPLE_ROWS - sample.length)) sample.push(sampleRow(columns, row, masked));
        // Checked rows let go of what was read: only rejected rows keep their cells, to be written back.
        for (const row of checked) {
          if (row.person) row.cells = [];
          rows.push(row);
        }
        checkMs += performance.now() - chunkStarted;
        const estimate = bytesRead > 0 ? Math.round((rows.length * bytes.length) / bytesRead) : rows.length;
        options.onProgress?.('validating', rows.length, Math.max(rows.length, estimate));
        await yieldToEventLoop();
      }
    }
    const readMs = performance.now() - started;
    options.onProgress?.('validating', rows.length, rows.length);
    const update = options.update ?? null;
    const preview = previewOf({ fileName, headerRow: table.headerRow, columns, masked, update }, rows, sample);
    return {
      fileName,
      header: table.header,
      columns,
      rows,
      preview,
      update,
      timings: { readMs, validateMs: checkMs, writeMs: 0 },
    };
  } finally {
    await table.close();
  }
}

async function* batchesOf(table: TableStream): AsyncGenerator<SheetRow[]> {
  yield table.rows;
  yield* table.batches;
}

/**
 * Writes the checked rows but the ones the clerk unticked (`skipRows`, spreadsheet rows). allOrNothing refuses
 * (IMPORT_HAS_ERRORS) unless every row is valid; validOnly writes the valid ones and returns the others as a
 * file to fix. Either way one transaction.
 */
export async function commitImport(
  ctx: CoreContext,
  prepared: PreparedImport,
  mode: ImportMode,
  skipRows: readonly number[] = [],
): Promise<ImportCommitResult> {
  const { preview } = prepared;
  if (mode === 'allOrNothing' && preview.invalid > 0) fail('IMPORT_HAS_ERRORS', { invalid: preview.invalid });
  if (preview.valid === 0) fail('IMPORT_NOTHING_VALID');
  const officeCode = officeOf(ctx).code;
  const started = performance.now();
  const skip = new Set(skipRows);
  const rows = skip.size > 0 ? prepared.rows.filter((row) => !skip.has(row.row)) : prepared.rows;
  const details = {
    fileName: prepared.fileName,
    mode,
    rows: preview.rows,
    valid: preview.valid,
    invalid: preview.invalid,
  };
  const written = prepared.update
    ? writeUpdateImport(ctx, officeCode, prepared.rows, rows, details)
    : { imported: writeImportedPeople(ctx, officeCode, rows, details).imported };
  prepared.timings.writeMs = performance.now() - started;
  if (preview.invalid === 0) return { ...written, rejectedFile: null };
  const rejected = prepared.rows.filter((r) => !r.person);
  const content = await rejectedWorkbook(prepared.header, prepared.columns, rejected);
  return {
    ...written,
    rejectedFile: { fileName: rejectedFileName(prepared.fileName), contentBase64: content.toString('base64') },
  };
}
