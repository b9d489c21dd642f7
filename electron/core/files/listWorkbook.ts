// A list written to one .xlsx sheet with exceljs's streaming writer: a bold, frozen header row, text columns as
// text cells (ID numbers, phones keep their digits), every row guarded against formula injection
// (rules/safeCells.ts) and the text styles marked quotePrefix (quotePrefix.ts). The people and volunteer exports.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { guardRow } from '@rules/safeCells';
import { withQuotePrefix } from './quotePrefix';

export interface ListColumn<R> {
  header: string;
  width: number;
  value: (row: R) => string | number | null;
  /** A text cell whatever it holds (number format "@"). */
  text?: boolean;
}

/**
 * Rows are written while `rows` iterates, without yielding: a caller may pass a statement's iterator, and the
 * connection must not serve other calls in the middle of an open statement.
 */
export async function listWorkbook<R>(
  sheetName: string,
  columns: readonly ListColumn<R>[],
  rows: Iterable<R>,
): Promise<{ content: Buffer; rows: number }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let written = 0;
  for (const item of rows) {
    const row = sheet.addRow(columns.map((c) => c.value(item)));
    columns.forEach((c, i) => {
      if (c.text) row.getCell(i + 1).numFmt = '@';
    });
    guardRow(row).commit();
    written++;
  }
  sheet.commit();
  await workbook.commit();
  return { content: withQuotePrefix(Buffer.concat(chunks)), rows: written };
}
