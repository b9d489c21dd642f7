// RFC 4180 CSV: quoted fields with embedded commas, quotes ("") and line breaks; CRLF, LF or CR line ends.
// A record is one spreadsheet row, numbered as Excel numbers it when it opens the file. An apostrophe before
// text starting = + - @ (how the program writes such text, rules/safeCells.ts) is dropped, so the value round-trips.
import { csvCellText } from '@rules/safeCells';
import { isBlankRow, type SheetRow } from './sheet';

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Comma, unless the file's start has none and has tabs or semicolons (Excel's "Unicode text", European Excel). */
export function sniffDelimiter(text: string): string {
  const start = text.slice(0, 4000);
  if (start.includes(',')) return ',';
  if (start.includes('\t')) return '\t';
  if (start.includes(';')) return ';';
  return ',';
}

/** Every non-blank record with its 1-based row number. */
export function parseCsv(text: string, delimiter = sniffDelimiter(text)): SheetRow[] {
  const rows: SheetRow[] = [];
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let cells: string[] = [];
  let rowNumber = 1;
  const endRecord = () => {
    if (!isBlankRow(cells)) rows.push({ number: rowNumber, cells });
    cells = [];
    rowNumber++;
  };
  let i = 0;
  while (i < n) {
    let value = '';
    if (text.charCodeAt(i) === QUOTE) {
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) {
          value += text.slice(from);
          i = n;
          break;
        } // unterminated: the rest of the file
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
    }
    // Unquoted text, or text after a closing quote (kept as Excel does: "a"b -> ab).
    const end = fieldEnd(text, i, sep);
    value += text.slice(i, end);
    i = end;
    cells.push(csvCellText(value));
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i === n) cells.push('');
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRecord();
  }
  if (cells.length > 0) endRecord();
  return rows;
}

function fieldEnd(text: string, from: number, sep: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === sep || c === CR || c === LF) return i;
  }
  return text.length;
}
