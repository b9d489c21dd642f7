// Reads the workbooks exceljs cannot - .xls (BIFF8, and BIFF2-5), WPS .et/.ett, .ods, .xlsb, HTML/XML saved
// as .xls - with SheetJS, whole (these formats cannot be streamed), in the reading worker. Cells come out as
// the .xlsx reader gives them: text, a number when a number was stored (a mangled ID stays detectable), dates
// as yyyy-mm-dd. A password-protected workbook is said to be one (IMPORT_FILE_ENCRYPTED), not "unreadable".
import * as XLSX from '@e965/xlsx';
import * as codepages from '@e965/xlsx/dist/cpexcel.full.mjs';
import { AppError } from '../errors';
import type { Cell, SheetRow } from './sheet';
import { cellValue, type XlsxSheet } from './xlsx';

// BIFF5 and older store text in the writer's code page (GBK on Chinese Windows): SheetJS needs the tables.
XLSX.set_cptable(codepages);

const ENCRYPTED = /password-protected|Encryption|Password is incorrect/i;

/** The workbook's sheets in file order; a hidden sheet is marked, as xlsxSheets marks it. */
export async function* workbookSheets(bytes: Uint8Array): AsyncGenerator<XlsxSheet> {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), {
      type: 'buffer',
      dense: true,
      cellDates: true,
      UTC: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      cellText: false,
    });
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    if (ENCRYPTED.test(message)) throw new AppError('IMPORT_FILE_ENCRYPTED');
    throw error;
  }
  const states = book.Workbook?.Sheets ?? [];
  for (const [index, name] of book.SheetNames.entries()) {
    const sheet = book.Sheets[name];
    yield { name, hidden: Boolean(states[index]?.Hidden), rows: sheet ? sheetRows(sheet) : [] };
  }
}

function* sheetRows(sheet: XLSX.WorkSheet): Generator<SheetRow> {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    const cells: Cell[] = new Array<Cell>(row.length).fill(null);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell && cell.t !== 'z') cells[c] = cell.t === 'e' ? (cell.w ?? '#ERROR') : cellValue(cell.v);
    }
    yield { number: r + 1, cells };
  }
}
