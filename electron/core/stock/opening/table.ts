// Reads the opening-balance file (any workbook or CSV the people import reads) into its header columns and data rows,
// with the spreadsheet row numbers the clerk sees. The sheet is small (an office's whole stock), so it is
// read in this thread, whole: the first visible sheet whose header names the columns.
import { AppError, fail } from '../../errors';
import { parseCsv } from '../../people/import/csv';
import { decodeText } from '../../people/import/decode';
import { fileFormat } from '../../people/import/read';
import { isBlankRow, type SheetRow } from '../../people/import/sheet';
import { sheetsOf, type WorkbookJob } from '../../people/import/sheets';
import { findOpeningHeader, headerColumns, missingColumns, type OpeningColumns } from './columns';

/** Far more lots than one office keeps; beyond this the file is something else. */
export const MAX_OPENING_ROWS = 50_000;

export interface OpeningTable { headerRow: number; columns: OpeningColumns; rows: SheetRow[] }

export async function readOpeningTable(fileName: string, bytes: Uint8Array): Promise<OpeningTable> {
  const format = fileFormat(fileName, bytes);
  const sheets = format === 'csv' ? [parseCsv(decodeText(bytes).text)] : await visibleSheets({ bytes, format });
  let anyRows = false;
  for (const sheet of sheets) {
    const rows = sheet.filter((row) => !isBlankRow(row.cells));
    anyRows ||= rows.length > 0;
    const at = findOpeningHeader(rows);
    if (at === null) continue;
    const columns = headerColumns(rows[at]!.cells);
    const missing = missingColumns(columns);
    if (missing.length > 0) fail('OPENING_COLUMNS_MISSING', { missing, headerRow: rows[at]!.number });
    const data = rows.slice(at + 1);
    if (data.length > MAX_OPENING_ROWS) fail('IMPORT_FILE_TOO_LARGE', { max: MAX_OPENING_ROWS });
    return { headerRow: rows[at]!.number, columns, rows: data };
  }
  return anyRows ? fail('OPENING_NO_HEADER') : fail('IMPORT_FILE_EMPTY');
}

async function visibleSheets(job: WorkbookJob): Promise<SheetRow[][]> {
  const sheets: SheetRow[][] = [];
  try {
    for await (const sheet of sheetsOf(job)) {
      const rows: SheetRow[] = [];
      // A hidden sheet is still read to its end: the zip stream moves on only then.
      for await (const row of sheet.rows) if (!sheet.hidden && rows.length <= MAX_OPENING_ROWS + HEAD_ROOM) rows.push(row);
      if (!sheet.hidden) sheets.push(rows);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    fail('IMPORT_FILE_UNREADABLE', { reason: (error as Error)?.message });
  }
  return sheets;
}

/** Rows above the header (title, notes) that may precede the data. */
const HEAD_ROOM = 100;
