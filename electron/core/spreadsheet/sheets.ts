// The sheets of any workbook: .xlsx streamed by exceljs (xlsx.ts), the other formats read whole by SheetJS
// (workbook.ts), loaded only when such a file comes, so an .xlsx import does not pay for it.
import { xlsxSheets, type XlsxSheet } from './xlsx';

/** A workbook to read and which reader serves it (format.ts). */
export interface WorkbookJob {
  bytes: Uint8Array;
  format: 'xlsx' | 'workbook';
}

export async function* sheetsOf(
  { bytes, format }: WorkbookJob,
  onBytesRead?: (done: number) => void,
): AsyncGenerator<XlsxSheet> {
  if (format === 'xlsx') yield* xlsxSheets(bytes, onBytesRead);
  else yield* (await import('./workbook')).workbookSheets(bytes);
}
