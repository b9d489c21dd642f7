// The import from bytes to records, shared by the UI's job API and the CLI: read the table, map its
// columns, check every row in chunks (as they are read) that yield to the event loop, then write the valid rows.
import type { ImportColumn, ImportCommitResult, ImportMode, ImportPreview, PersonField } from '../../../api/people';
import { requireOffice } from '../../accounts/office';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { checkRow, duplicateChecker, isDuplicateIssue, type CheckedRow } from './check';
import { mapColumns, type ColumnChoice } from './headers';
import { openTable, type TableStream } from './read';
import { rejectedFileName, rejectedWorkbook } from './rejected';
import { cellText, type Cell, type SheetRow } from './sheet';
import { writeImportedPeople } from './write';

/** Rows checked between two yields to the event loop: about 10 ms of work. */
const CHECK_CHUNK = 1000;
const SAMPLE_ROWS = 20;

/** readMs: until the last row was read and checked; validateMs: the time spent checking, on the main thread alongside the reading. */
export interface ImportTimings { readMs: number; validateMs: number; writeMs: number }

export interface PreparedImport {
  fileName: string;
  header: Cell[];
  columns: ImportColumn[];
  rows: CheckedRow[];
  preview: ImportPreview;
  timings: ImportTimings;
}

export interface PrepareOptions {
  mapping?: ColumnChoice[];
  onProgress?: (phase: 'reading' | 'validating', done: number, total: number) => void;
  signal?: AbortSignal;
}

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads and checks: the rows are checked chunk by chunk as the reading worker delivers them, so the two
 * run on two cores. The phase is 'reading' until the header is found, then 'validating' with the rows
 * checked against the rows the file is estimated to hold (exact once it is read to its end).
 */
export async function prepareImport(ctx: CoreContext, fileName: string, bytes: Uint8Array, options: PrepareOptions = {}): Promise<PreparedImport> {
  const officeCode = requireOffice(ctx.store).code;
  const started = performance.now();
  let bytesRead = 0;
  const table = await openTable(fileName, bytes, { signal: options.signal, onProgress: (done, total) => {
    bytesRead = done;
    options.onProgress?.('reading', done, total);
  } });
  const rows: CheckedRow[] = [];
  let checkMs = 0;
  try {
    const columns = mapColumns(table, options.mapping);
    const sample = sampleOf(columns, table.rows.slice(0, SAMPLE_ROWS));
    const today = ctx.now();
    const markDuplicates = duplicateChecker(ctx, officeCode);
    for await (const batch of batchesOf(table)) {
      for (let at = 0; at < batch.length; at += CHECK_CHUNK) {
        options.signal?.throwIfAborted();
        const chunkStarted = performance.now();
        const chunk = batch.slice(at, at + CHECK_CHUNK);
        const checked = chunk.map((row) => checkRow(columns, row, today));
        markDuplicates(checked);
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
    const preview = previewOf(fileName, table.headerRow, columns, rows, sample);
    return { fileName, header: table.header, columns, rows, preview,
      timings: { readMs, validateMs: checkMs, writeMs: 0 } };
  } finally {
    await table.close();
  }
}

async function* batchesOf(table: TableStream): AsyncGenerator<SheetRow[]> {
  yield table.rows;
  yield* table.batches;
}

/** The first rows as mapped, for the preview. */
function sampleOf(columns: readonly ImportColumn[], first: readonly SheetRow[]): ImportPreview['sample'] {
  return first.map(({ number, cells }) => {
    const values: Partial<Record<PersonField, string>> = {};
    for (const { index, field } of columns) {
      const text = field ? cellText(cells[index]) : null;
      if (field && text !== null) values[field] = text;
    }
    return { row: number, values };
  });
}

function previewOf(fileName: string, headerRow: number, columns: ImportColumn[], rows: CheckedRow[], sample: ImportPreview['sample']): ImportPreview {
  let valid = 0;
  let duplicates = 0;
  let warnings = 0;
  const issues: ImportPreview['issues'] = [];
  for (const checked of rows) {
    if (checked.person) valid++;
    if (checked.issues.some(isDuplicateIssue)) duplicates++;
    if (checked.issues.some((i) => i.severity === 'warning')) warnings++;
    for (const issue of checked.issues) issues.push({ row: checked.row, ...issue });
  }
  return { fileName, headerRow, columns, rows: rows.length, valid, invalid: rows.length - valid, duplicates, warnings, issues, sample };
}

/**
 * Writes the checked rows. allOrNothing refuses (IMPORT_HAS_ERRORS) unless every row is valid; validOnly
 * writes the valid ones and returns the others as a file to fix. Either way one transaction.
 */
export async function commitImport(ctx: CoreContext, prepared: PreparedImport, mode: ImportMode): Promise<ImportCommitResult> {
  const { preview } = prepared;
  if (mode === 'allOrNothing' && preview.invalid > 0) fail('IMPORT_HAS_ERRORS', { invalid: preview.invalid });
  if (preview.valid === 0) fail('IMPORT_NOTHING_VALID');
  const officeCode = requireOffice(ctx.store).code;
  const started = performance.now();
  const written = writeImportedPeople(ctx, officeCode, prepared.rows, {
    fileName: prepared.fileName, mode, rows: preview.rows, valid: preview.valid, invalid: preview.invalid,
  });
  prepared.timings.writeMs = performance.now() - started;
  if (preview.invalid === 0) return { imported: written.imported, rejectedFile: null };
  const rejected = prepared.rows.filter((r) => !r.person);
  const content = await rejectedWorkbook(prepared.header, prepared.columns, rejected);
  return { imported: written.imported, rejectedFile: { fileName: rejectedFileName(prepared.fileName), contentBase64: content.toString('base64') } };
}
