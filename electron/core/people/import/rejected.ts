// The rows an import left out, as an .xlsx the clerk can fix and import again: the file's own header and
// cells, an 错误说明 column saying what is wrong, ID and phone columns stored as text.
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ImportColumn } from '@core/people/contract';
import { guardRow } from '@rules/safeCells';
import { withQuotePrefix } from '../../files/quotePrefix';
import { cellText, type Cell } from '../../spreadsheet/sheet';
import type { CheckedRow } from './check';
import { explainRow } from './explain';

const TEXT_FIELDS = new Set(['idNumber', 'mobile', 'phone']);

export function rejectedFileName(fileName: string): string {
  return `${path.basename(fileName, path.extname(fileName))}-未导入的行.xlsx`;
}

export async function rejectedWorkbook(
  header: readonly Cell[],
  columns: readonly ImportColumn[],
  rows: readonly CheckedRow[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('未导入的行');
  const width = Math.max(header.length, columns.length);
  const textColumns = columns.filter((c) => c.field !== null && TEXT_FIELDS.has(c.field)).map((c) => c.index);
  const headerRow = guardRow(
    sheet.addRow([...Array.from({ length: width }, (_, i) => cellText(header[i]) ?? ''), '错误说明']),
  );
  headerRow.font = { bold: true };
  for (const index of textColumns) sheet.getColumn(index + 1).numFmt = '@';
  for (const checked of rows) {
    const values: (string | number | null)[] = Array.from({ length: width }, (_, i) => checked.cells[i] ?? null);
    // A number in an ID or phone column is written as its digits, as text: the clerk sees what was read.
    for (const index of textColumns) values[index] = cellText(values[index]);
    const row = sheet.addRow([...values, `第 ${checked.row} 行：${explainRow(checked.issues)}`]);
    for (const index of textColumns) row.getCell(index + 1).numFmt = '@';
    guardRow(row);
  }
  sheet.getColumn(width + 1).width = 60;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return withQuotePrefix(Buffer.from(await workbook.xlsx.writeBuffer()));
}
