// A spreadsheet as the importer sees it, whatever the file format: rows of cells, each row with the
// number the clerk sees in Excel (1-based), so every message can point at the right row.

/** A cell's value: text as written, a number when the spreadsheet stored one (IDs must stay detectable as such), or blank. */
export type Cell = string | number | null;

export interface SheetRow {
  number: number;
  cells: Cell[];
}

/** The text of a cell, as a clerk would read it; null when blank. */
export function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const text = typeof cell === 'number' ? numberText(cell) : cell.trim();
  return text === '' ? null : text;
}

/**
 * Integers in full, as Excel shows them: 13912345678, not 1.39e10; beyond 15 significant digits Excel has
 * only zeros (321302199001011000), where JavaScript would print the binary value's digits (...011008).
 */
function numberText(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return String(n);
  if (Math.abs(n) < 1e15) return n.toFixed(0);
  const [mantissa, exponent] = n.toExponential(14).split('e') as [string, string];
  const digits = mantissa.replace(/[-.]/g, '');
  return (n < 0 ? '-' : '') + digits.padEnd(Number(exponent) + 1, '0');
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => cellText(c) === null);
}
