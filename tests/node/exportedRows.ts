// An exported list (.xlsx, base64 as the export methods answer) read back: each row after the header as
// header -> cell, so a test names the column it checks.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '@core/people/contract';

export async function exportedRows(file: ExportedFile): Promise<Record<string, ExcelJS.Cell>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as string[]).slice(1);
  const rows: Record<string, ExcelJS.Cell>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1)])));
  });
  return rows;
}
