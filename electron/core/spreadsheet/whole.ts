// A small file read whole, in this thread: every visible sheet of a workbook (or the one table of a CSV) as
// its non-blank rows, for imports whose files are an office's list, not a roster (opening stock, training).
import { AppError, fail } from '../errors';
import { parseCsv } from './csv';
import { decodeText } from './decode';
import { fileFormat } from './format';
import { isBlankRow, type SheetRow } from './sheet';
import { sheetsOf, type WorkbookJob } from './sheets';

/** Rows above the header (title, notes) that may precede the data. */
const HEAD_ROOM = 100;

/** The visible sheets' non-blank rows, each sheet cut after `maxRows` data rows and room for a title above them. */
export async function readWholeSheets(fileName: string, bytes: Uint8Array, maxRows: number): Promise<SheetRow[][]> {
  const format = fileFormat(fileName, bytes);
  const sheets =
    format === 'csv' ? [parseCsv(decodeText(bytes).text)] : await visibleSheets({ bytes, format }, maxRows + HEAD_ROOM);
  return sheets.map((sheet) => sheet.filter((row) => !isBlankRow(row.cells)));
}

async function visibleSheets(job: WorkbookJob, keep: number): Promise<SheetRow[][]> {
  const sheets: SheetRow[][] = [];
  try {
    for await (const sheet of sheetsOf(job)) {
      const rows: SheetRow[] = [];
      // A hidden sheet is still read to its end: the zip stream moves on only then.
      for await (const row of sheet.rows) if (!sheet.hidden && rows.length <= keep) rows.push(row);
      if (!sheet.hidden) sheets.push(rows);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    fail('IMPORT_FILE_UNREADABLE', { reason: (error as Error)?.message });
  }
  return sheets;
}
