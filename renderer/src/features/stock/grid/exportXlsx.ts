// 导出 Excel for every stock grid: what the grid shows (its columns, filter and sort, formatted text;
// numbers stay numbers) written by exceljs in the renderer, loaded only when the clerk exports.
import type { Column, GridApi } from 'ag-grid-community';
import { guardRow } from '@api/safeCells';
import { datedFileName, saveBlob } from '@renderer/ui/files';

/** Columns that are buttons, not data. */
const NOT_EXPORTED = new Set(['actions', 'select']);

export interface SheetData {
  name: string;
  header: string[];
  rows: (string | number)[][];
}

export function gridToSheet<T>(api: GridApi<T>, name: string): SheetData {
  const columns = api.getAllDisplayedColumns().filter((column: Column) => !NOT_EXPORTED.has(column.getColId()));
  const header = columns.map((column) => api.getDisplayNameForColumn(column, null));
  const rows: (string | number)[][] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (!node.data) return;
    rows.push(
      columns.map((column) => {
        const raw = api.getCellValue({ rowNode: node, colKey: column, useFormatter: false });
        if (typeof raw === 'number') return raw;
        return String(api.getCellValue({ rowNode: node, colKey: column, useFormatter: true }) ?? '');
      }),
    );
  });
  return { name, header, rows };
}

export async function sheetToXlsx(sheet: SheetData, title?: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet.name.slice(0, 31));
  if (title) {
    guardRow(ws.addRow([title])).font = { bold: true, size: 14 };
    ws.mergeCells(1, 1, 1, Math.max(1, sheet.header.length));
  }
  const head = guardRow(ws.addRow(sheet.header));
  head.font = { bold: true };
  for (const row of sheet.rows) guardRow(ws.addRow(row));
  sheet.header.forEach((text, index) => {
    const longest = Math.max(
      text.length * 2,
      ...sheet.rows.slice(0, 200).map((row) => String(row[index] ?? '').length * 1.6),
    );
    ws.getColumn(index + 1).width = Math.min(40, Math.max(8, Math.ceil(longest) + 2));
  });
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Saves the grid as <base>_YYYYMMDD.xlsx. */
export async function exportGrid<T>(api: GridApi<T>, base: string, title?: string): Promise<string> {
  const fileName = datedFileName(base);
  saveBlob(fileName, await sheetToXlsx(gridToSheet(api, base), title));
  return fileName;
}
