// Report tables written to .xlsx (exceljs): a title, a line saying what the table covers, a bold header,
// money in yuan with two decimals (kept as fen everywhere else), codes and lot numbers as text.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '@core/stock/reports/contract';
import { guardRow } from '@rules/safeCells';
import { withQuotePrefix } from '../../files/quotePrefix';

export type ColumnKind = 'text' | 'number' | 'money';
export interface ReportColumn<R> {
  header: string;
  width: number;
  kind?: ColumnKind;
  value: (row: R) => string | number | null;
}
export interface ReportSection<R> {
  heading?: string;
  columns: ReportColumn<R>[];
  rows: readonly R[];
  total?: (string | number | null)[];
}

const MONEY_FORMAT = '#,##0.00';

export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  subtitle: string,
  sections: ReportSection<never>[],
): number {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = Math.max(...sections.map((s) => s.columns.length));
  sheet.columns = sections.find((s) => s.columns.length === width)!.columns.map((c) => ({ width: c.width }));
  guardRow(sheet.addRow([title])).font = { bold: true, size: 16 };
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).alignment = { horizontal: 'center' };
  guardRow(sheet.addRow([subtitle]));
  sheet.mergeCells(2, 1, 2, width);
  let rows = 0;
  for (const section of sections) {
    if (section.heading) guardRow(sheet.addRow([section.heading])).font = { bold: true };
    guardRow(sheet.addRow(section.columns.map((c) => c.header))).font = { bold: true };
    for (const row of section.rows) {
      addValues(
        sheet,
        section.columns,
        section.columns.map((c) => c.value(row)),
      );
      rows++;
    }
    if (section.total) addValues(sheet, section.columns, section.total).font = { bold: true };
    sheet.addRow([]);
  }
  return rows;
}

function addValues(
  sheet: ExcelJS.Worksheet,
  columns: readonly ReportColumn<never>[],
  values: readonly (string | number | null)[],
): ExcelJS.Row {
  const row = sheet.addRow(values.map((v, i) => (columns[i]?.kind === 'money' && typeof v === 'number' ? v / 100 : v)));
  columns.forEach((c, i) => {
    if (c.kind === 'money') row.getCell(i + 1).numFmt = MONEY_FORMAT;
    if ((c.kind ?? 'text') === 'text') row.getCell(i + 1).numFmt = '@';
  });
  return guardRow(row);
}

export async function workbookFile(workbook: ExcelJS.Workbook, fileName: string, rows: number): Promise<ExportedFile> {
  const content = withQuotePrefix(Buffer.from(await workbook.xlsx.writeBuffer()));
  return { fileName, contentBase64: content.toString('base64'), rows };
}

/** Sections of different row types go on one sheet; each is typed where it is written. */
export function section<R>(s: ReportSection<R>): ReportSection<never> {
  return s as unknown as ReportSection<never>;
}
