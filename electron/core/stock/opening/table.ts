// Reads the opening-balance file (any workbook or CSV the people import reads) into its header columns and data rows,
// with the spreadsheet row numbers the clerk sees. The sheet is small (an office's whole stock), so it is
// read in this thread, whole: the first visible sheet whose header names the columns.
import { fail } from '../../errors';
import type { SheetRow } from '../../spreadsheet/sheet';
import { readWholeSheets } from '../../spreadsheet/whole';
import { findOpeningHeader, headerColumns, missingColumns, type OpeningColumns } from './columns';

/** Far more lots than one office keeps; beyond this the file is something else. */
export const MAX_OPENING_ROWS = 50_000;

export interface OpeningTable {
  headerRow: number;
  columns: OpeningColumns;
  rows: SheetRow[];
}

export async function readOpeningTable(fileName: string, bytes: Uint8Array): Promise<OpeningTable> {
  const sheets = await readWholeSheets(fileName, bytes, MAX_OPENING_ROWS);
  for (const rows of sheets) {
    const at = findOpeningHeader(rows);
    if (at === null) continue;
    const columns = headerColumns(rows[at]!.cells);
    const missing = missingColumns(columns);
    if (missing.length > 0) fail('OPENING_COLUMNS_MISSING', { missing, headerRow: rows[at]!.number });
    const data = rows.slice(at + 1);
    if (data.length > MAX_OPENING_ROWS) fail('IMPORT_FILE_TOO_LARGE', { max: MAX_OPENING_ROWS });
    return { headerRow: rows[at]!.number, columns, rows: data };
  }
  return sheets.some((rows) => rows.length > 0) ? fail('OPENING_NO_HEADER') : fail('IMPORT_FILE_EMPTY');
}
