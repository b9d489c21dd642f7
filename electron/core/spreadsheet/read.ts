// Opens an uploaded file as a table: which format it is (format.ts: a workbook or CSV, by its first bytes),
// the first visible sheet that has a header row, that header and the data rows under it. With no header
// row anywhere, the first row of the first visible sheet stands in, for the clerk to map the columns by hand.
import { AppError, fail } from '../errors';
import { parseCsv } from './csv';
import { decodeText } from './decode';
import { fileFormat, type SheetFormat } from './format';
import { HEADER_SCAN_ROWS } from './header';
import { isBlankRow, type Cell, type SheetRow } from './sheet';
import { xlsxEvents } from './xlsxStream';
import type { XlsxEvent } from './xlsxWorker';

/** More rows than a county keeps in one roster; beyond this memory, not patience, runs out. */
export const MAX_IMPORT_ROWS = 300_000;

export interface Table {
  headerRow: number;
  header: Cell[];
  rows: SheetRow[];
  headerFound: boolean;
}

/**
 * A table whose rows are still arriving: the header, the first rows under it (`rows`, at least FIRST_ROWS
 * when the sheet has them, for the column mapping and the preview), then the others in batches as the
 * reading worker produces them. `close` ends the reading early (an import that fails or is cancelled).
 */
export interface TableStream extends Table {
  batches: AsyncIterable<SheetRow[]> | SheetRow[][];
  close(): Promise<void>;
}

/** Rows under the header read before the table is handed over. */
const FIRST_ROWS = 20;

export interface ReadOptions {
  /** Bytes of the file read so far. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export { fileFormat };

/** Which of a sheet's first non-blank rows is the header, or null for none: the import's own column words. */
export type HeaderPick = (rows: readonly SheetRow[]) => number | null;

const firstRow: HeaderPick = (rows) => (rows.length > 0 ? 0 : null);

/** The header and a stream of the rows below it; errors a clerk can act on for a file without a usable table. */
export async function openTable(
  fileName: string,
  bytes: Uint8Array,
  findHeader: HeaderPick,
  options: ReadOptions = {},
): Promise<TableStream> {
  const format = fileFormat(fileName, bytes);
  const read = (pick: HeaderPick) =>
    format === 'csv' ? csvTable(bytes, pick) : workbookTable(bytes, format, options, pick);
  const table = await read(findHeader);
  if (table === 'empty') fail('IMPORT_FILE_EMPTY');
  if (table) return table;
  // Read again, rarely: only a file with no recognised header gets here.
  const first = await read(firstRow);
  return first && first !== 'empty' ? { ...first, headerFound: false } : fail('IMPORT_NO_HEADER');
}

function csvTable(bytes: Uint8Array, pick: HeaderPick): TableStream | null | 'empty' {
  const rows = parseCsv(decodeText(bytes).text);
  if (rows.length === 0) return 'empty';
  if (rows.length - 1 > MAX_IMPORT_ROWS) fail('IMPORT_FILE_TOO_LARGE', { max: MAX_IMPORT_ROWS });
  const table = tableFrom(rows, pick);
  if (!table) return null;
  return {
    ...table,
    rows: table.rows.slice(0, FIRST_ROWS),
    batches: [table.rows.slice(FIRST_ROWS)],
    close: async () => {},
  };
}

/**
 * The first visible sheet with a header among its first rows; its other rows then stream from the
 * reading worker. Every sheet before it is read to its end: the zip stream moves on only then.
 */
async function workbookTable(
  bytes: Uint8Array,
  format: Exclude<SheetFormat, 'csv'>,
  options: ReadOptions,
  pick: HeaderPick,
): Promise<TableStream | null | 'empty'> {
  const events = xlsxEvents({ bytes, format }, options.signal);
  const close = async () => {
    await events.return(undefined);
  };
  const next = async (): Promise<XlsxEvent> => {
    const { value, done } = await events.next();
    if (done) unreadable('ended early');
    if (value.kind === 'error') return value.code ? fail(value.code) : unreadable(value.message);
    if (value.kind === 'rows') options.onProgress?.(value.bytesRead, bytes.length);
    return value;
  };
  let anyRows = false;
  try {
    for (let event = await next(); event.kind !== 'end'; event = await next()) {
      if (event.kind !== 'sheet') continue;
      const head: SheetRow[] = [];
      let table: Table | null = null;
      // The sheet's rows until its header is found among the first ones, then until FIRST_ROWS are under it.
      for (event = await next(); event.kind === 'rows'; event = await next()) {
        const rows = event.rows.filter((row) => !isBlankRow(row.cells));
        anyRows ||= rows.length > 0;
        if (table) table.rows.push(...rows);
        else {
          const room = HEADER_SCAN_ROWS - head.length;
          head.push(...rows.slice(0, room));
          if (room > 0 && head.length === HEADER_SCAN_ROWS) table = tableFrom(head, pick);
          table?.rows.push(...rows.slice(room));
        }
        if (table && table.rows.length >= FIRST_ROWS) break;
      }
      if (event.kind === 'sheetEnd') table ??= tableFrom(head, pick);
      if (table && table.rows.length > MAX_IMPORT_ROWS) fail('IMPORT_FILE_TOO_LARGE', { max: MAX_IMPORT_ROWS });
      if (table)
        return { ...table, batches: event.kind === 'sheetEnd' ? [] : laterRows(table.rows.length, next), close };
    }
  } catch (error) {
    await close();
    if (error instanceof AppError || options.signal?.aborted) throw error;
    unreadable((error as Error)?.message);
  }
  await close();
  return anyRows ? null : 'empty';
}

function unreadable(reason: string | undefined): never {
  return fail('IMPORT_FILE_UNREADABLE', { reason });
}

/** The rest of the sheet in batches, blank rows left out; `count` rows were handed over already. */
async function* laterRows(count: number, next: () => Promise<XlsxEvent>): AsyncGenerator<SheetRow[]> {
  for (let event = await next(); event.kind === 'rows'; event = await next()) {
    const rows = event.rows.filter((row) => !isBlankRow(row.cells));
    count += rows.length;
    if (count > MAX_IMPORT_ROWS) fail('IMPORT_FILE_TOO_LARGE', { max: MAX_IMPORT_ROWS });
    if (rows.length > 0) yield rows;
  }
}

/** The header found among the first rows, and the rows already read below it. */
function tableFrom(head: readonly SheetRow[], pick: HeaderPick): Table | null {
  const at = pick(head);
  return at === null
    ? null
    : { headerRow: head[at]!.number, header: head[at]!.cells, rows: head.slice(at + 1), headerFound: true };
}
