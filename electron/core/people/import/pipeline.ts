// The import from bytes to records, shared by the UI's job API and the CLI: read the table, map its
// columns, check every row in chunks that yield to the event loop, then write the valid rows.
import type { ImportColumn, ImportCommitResult, ImportMode, ImportPreview, PersonField } from '../../../api/people';
import { requireOffice } from '../../accounts/office';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { checkRow, duplicateChecker, isDuplicateIssue, type CheckedRow } from './check';
import { mapColumns, type ColumnChoice } from './headers';
import { readTable } from './read';
import { rejectedFileName, rejectedWorkbook } from './rejected';
import { cellText, type Cell, type SheetRow } from './sheet';
import { writeImportedPeople } from './write';

/** Rows checked between two yields to the event loop: about 10 ms of work. */
const CHECK_CHUNK = 1000;
const SAMPLE_ROWS = 20;

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

export async function prepareImport(ctx: CoreContext, fileName: string, bytes: Uint8Array, options: PrepareOptions = {}): Promise<PreparedImport> {
  const officeCode = requireOffice(ctx.store).code;
  const started = performance.now();
  const table = await readTable(fileName, bytes, { signal: options.signal, onProgress: (done, total) => options.onProgress?.('reading', done, total) });
  const columns = mapColumns(table, options.mapping);
  const read = performance.now();

  const today = ctx.now();
  const sample = sampleOf(columns, table.rows.slice(0, SAMPLE_ROWS));
  const markDuplicates = duplicateChecker(ctx, officeCode);
  const rows: CheckedRow[] = new Array(table.rows.length);
  for (let at = 0; at < table.rows.length; at += CHECK_CHUNK) {
    options.onProgress?.('validating', at, table.rows.length);
    await yieldToEventLoop();
    options.signal?.throwIfAborted();
    const end = Math.min(table.rows.length, at + CHECK_CHUNK);
    for (let i = at; i < end; i++) rows[i] = checkRow(columns, table.rows[i]!, today);
    markDuplicates(rows.slice(at, end));
    // Checked rows let go of what was read: only rejected rows keep their cells, to be written back.
    for (let i = at; i < end; i++) {
      table.rows[i] = RELEASED;
      if (rows[i]!.person) rows[i]!.cells = [];
    }
  }
  options.onProgress?.('validating', rows.length, rows.length);
  const preview = previewOf(fileName, table.headerRow, columns, rows, sample);
  return { fileName, header: table.header, columns, rows, preview,
    timings: { readMs: read - started, validateMs: performance.now() - read, writeMs: 0 } };
}

const RELEASED: SheetRow = { number: 0, cells: [] };

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
