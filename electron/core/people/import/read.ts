// Opens an uploaded file as a table: which format it is (.xlsx or CSV, by name and by its first bytes),
// the first visible sheet that has a header row, that header and the data rows under it. With no header
// row anywhere, the first row of the first visible sheet stands in, for the clerk to map the columns by hand.
import path from 'node:path';
import { AppError, fail } from '../../errors';
import { parseCsv } from './csv';
import { decodeText } from './decode';
import { findHeaderRow, HEADER_SCAN_ROWS } from './headers';
import { isBlankRow, type Cell, type SheetRow } from './sheet';
import { xlsxSheets } from './xlsx';

/** More rows than a county keeps in one roster; beyond this memory, not patience, runs out. */
export const MAX_IMPORT_ROWS = 300_000;

export interface Table { headerRow: number; header: Cell[]; rows: SheetRow[]; headerFound: boolean }

export interface ReadOptions {
  /** Bytes of the file read so far. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

type Format = 'xlsx' | 'csv';
/** Which of a sheet's first non-blank rows is the header, or null for none. */
type HeaderPick = (rows: readonly SheetRow[]) => number | null;

const firstRow: HeaderPick = (rows) => (rows.length > 0 ? 0 : null);

const ZIP = [0x50, 0x4B, 0x03, 0x04];
const OLE = [0xD0, 0xCF, 0x11, 0xE0]; // .xls, or an .xlsx with a password

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The format to read, or an error a clerk can act on (IMPORT_FILE_TYPE, IMPORT_FILE_UNREADABLE, IMPORT_FILE_EMPTY). */
export function fileFormat(fileName: string, bytes: Uint8Array): Format {
  if (bytes.length === 0) fail('IMPORT_FILE_EMPTY');
  const ext = path.extname(fileName).toLowerCase();
  if (startsWith(bytes, ZIP)) return 'xlsx'; // an .xlsx even when renamed .csv
  if (ext === '.xls' || ext === '.et') fail('IMPORT_FILE_TYPE', { ext });
  if (ext === '.xlsx' || ext === '.xlsm' || startsWith(bytes, OLE)) fail('IMPORT_FILE_UNREADABLE', { ext });
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  return fail('IMPORT_FILE_TYPE', { ext });
}

export async function readTable(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Table> {
  const format = fileFormat(fileName, bytes);
  const read = (pick: HeaderPick) => (format === 'csv' ? csvTable(bytes, pick) : xlsxTable(bytes, options, pick));
  const table = await read(findHeaderRow);
  options.onProgress?.(bytes.length, bytes.length);
  if (table === 'empty') fail('IMPORT_FILE_EMPTY');
  if (table) return table;
  // Read again, rarely: only a file with no recognised header gets here.
  const first = await read(firstRow);
  return first && first !== 'empty' ? { ...first, headerFound: false } : fail('IMPORT_NO_HEADER');
}

function csvTable(bytes: Uint8Array, pick: HeaderPick): Table | null | 'empty' {
  const rows = parseCsv(decodeText(bytes).text);
  if (rows.length === 0) return 'empty';
  if (rows.length - 1 > MAX_IMPORT_ROWS) fail('IMPORT_FILE_TOO_LARGE', { max: MAX_IMPORT_ROWS });
  return tableFrom(rows, pick);
}

async function xlsxTable(bytes: Uint8Array, options: ReadOptions, pick: HeaderPick): Promise<Table | null | 'empty'> {
  let anyRows = false;
  try {
    for await (const sheet of xlsxSheets(bytes, (done) => options.onProgress?.(done, bytes.length))) {
      let table: Table | null = null;
      const head: SheetRow[] = [];
      for await (const row of sheet.rows) {
        options.signal?.throwIfAborted();
        // Every sheet is read to its end: the zip stream moves on to the next one only then.
        if (sheet.hidden || isBlankRow(row.cells)) continue;
        anyRows = true;
        if (table) {
          if (table.rows.length >= MAX_IMPORT_ROWS) fail('IMPORT_FILE_TOO_LARGE', { max: MAX_IMPORT_ROWS });
          table.rows.push(row);
        } else if (head.length < HEADER_SCAN_ROWS) {
          head.push(row);
          if (head.length === HEADER_SCAN_ROWS) table = tableFrom(head, pick);
        }
      }
      table ??= tableFrom(head, pick);
      if (table) return table;
    }
  } catch (error) {
    if (error instanceof AppError || options.signal?.aborted) throw error;
    fail('IMPORT_FILE_UNREADABLE', { reason: (error as Error)?.message });
  }
  return anyRows ? null : 'empty';
}

/** The header found among the first rows, and the rows already read below it. */
function tableFrom(head: SheetRow[], pick: HeaderPick): Table | null {
  const at = pick(head);
  return at === null ? null : { headerRow: head[at]!.number, header: head[at]!.cells, rows: head.slice(at + 1), headerFound: true };
}
