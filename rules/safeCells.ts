// Cells that stay text (OWASP CSV injection): every xlsx and CSV the program writes passes its text through here,
// so a value a clerk typed, such as =HYPERLINK(...), -1箱破损 or @abc, never turns into a formula when the file is
// edited or re-saved. Numbers stay numbers; only text is guarded. Pure, shared by the core and the renderer.

/** Text a spreadsheet would read as a formula (or a DDE call): it starts with = + - @, a tab or a carriage return. */
export function startsLive(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** An exceljs cell, as far as the guard needs it. */
export interface GuardedCell {
  value: unknown;
  numFmt: string;
}
export interface GuardedRow {
  eachCell(callback: (cell: GuardedCell) => void): void;
}

/**
 * Marks a live-looking text cell as a text cell (number format "@"): Excel and LibreOffice keep it text when it is
 * edited. exceljs 4.4 cannot write the quotePrefix style attribute itself; the core's writers add it to every
 * text-format style afterwards (core/files/quotePrefix.ts). The renderer's grid export has the Text format only.
 */
export function guardCell(cell: GuardedCell): void {
  if (typeof cell.value === 'string' && startsLive(cell.value)) cell.numFmt = '@';
}

/** Guards every cell of a row just added; call before the row is committed. */
export function guardRow<R extends GuardedRow>(row: R): R {
  row.eachCell(guardCell);
  return row;
}

/** One CSV field: numbers as they are, live-looking text after an apostrophe, quoted when it must be. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = startsLive(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(',');
}

/** Reading CSV back: the apostrophe csvField put before live-looking text is dropped, so the value round-trips. */
export function csvCellText(field: string): string {
  return field.charCodeAt(0) === 39 && startsLive(field.slice(1)) ? field.slice(1) : field;
}
