// Quantities and money as a clerk's spreadsheet holds them. Quantities are whole base units (a fraction
// or a negative is refused, never rounded); money is typed in yuan (12.5, ¥1,234.50, 12.50元) and kept in
// fen, exactly: decimal text is read digit by digit, never through a float.
import type { Cell } from '../../spreadsheet/sheet';

export type QuantityCode =
  | 'QUANTITY_REQUIRED'
  | 'QUANTITY_INVALID'
  | 'QUANTITY_NEGATIVE'
  | 'QUANTITY_FRACTION'
  | 'QUANTITY_ZERO'
  | 'QUANTITY_TOO_LARGE';
export type ValueCode = 'VALUE_INVALID' | 'VALUE_NEGATIVE' | 'VALUE_PRECISION' | 'VALUE_TOO_LARGE';

export type Parsed<T, C> = { ok: true; value: T } | { ok: false; code: C };

/** More than any office holds of one lot; beyond it the cell holds something else (an ID, a phone number). */
export const MAX_QUANTITY = 100_000_000;
/** 100 million yuan per unit, in fen. */
export const MAX_UNIT_VALUE_FEN = 10_000_000_000;

/** Thousands separators and spaces clerks leave in numbers. */
const GROUPING = /[,，\s\u00A0]/g;
const DECIMAL = /^([-+]?)(\d+)(?:\.(\d*))?$/;

function numericText(cell: string): string {
  return cell.normalize('NFKC').replace(GROUPING, '');
}

/** A positive whole number of base units. */
export function parseQuantity(cell: Cell): Parsed<number, QuantityCode> {
  if (cell === null || (typeof cell === 'string' && cell.trim() === ''))
    return { ok: false, code: 'QUANTITY_REQUIRED' };
  let n: number;
  if (typeof cell === 'number') n = cell;
  else {
    const parts = DECIMAL.exec(numericText(cell));
    if (!parts) return { ok: false, code: 'QUANTITY_INVALID' };
    n = Number(parts[0]);
  }
  if (!Number.isFinite(n)) return { ok: false, code: 'QUANTITY_INVALID' };
  if (n < 0) return { ok: false, code: 'QUANTITY_NEGATIVE' };
  if (!Number.isInteger(n)) return { ok: false, code: 'QUANTITY_FRACTION' };
  if (n === 0) return { ok: false, code: 'QUANTITY_ZERO' };
  if (n > MAX_QUANTITY) return { ok: false, code: 'QUANTITY_TOO_LARGE' };
  return { ok: true, value: n };
}

/** Yuan to fen; null for a blank cell (the item's catalog value applies). */
export function parseYuanToFen(cell: Cell): Parsed<number | null, ValueCode> {
  if (cell === null) return { ok: true, value: null };
  if (typeof cell === 'number') return fenFromNumber(cell);
  const text = numericText(cell)
    .replace(/^(?:RMB|CNY|¥)/i, '')
    .replace(/(?:元|RMB|CNY)$/i, '');
  if (text === '') return { ok: true, value: null };
  const parts = DECIMAL.exec(text);
  if (!parts) return { ok: false, code: 'VALUE_INVALID' };
  const [, sign, whole, fraction = ''] = parts as unknown as [string, string, string, string | undefined];
  const fen = fraction.replace(/0+$/, '');
  if (fen.length > 2) return { ok: false, code: 'VALUE_PRECISION' };
  const value = Number(whole) * 100 + Number(fen.padEnd(2, '0'));
  if (sign === '-' && value !== 0) return { ok: false, code: 'VALUE_NEGATIVE' };
  return value > MAX_UNIT_VALUE_FEN ? { ok: false, code: 'VALUE_TOO_LARGE' } : { ok: true, value };
}

/**
 * A number cell holds the binary nearest the typed decimal (12.3 * 100 is 1230.0000000000002); its shortest
 * decimal text is what the clerk typed, so it is read as text. Exponent forms are far out of range either way.
 */
function fenFromNumber(yuan: number): Parsed<number | null, ValueCode> {
  if (!Number.isFinite(yuan)) return { ok: false, code: 'VALUE_INVALID' };
  if (yuan < 0) return { ok: false, code: 'VALUE_NEGATIVE' };
  const text = String(yuan);
  if (text.includes('e')) return { ok: false, code: yuan < 1 ? 'VALUE_PRECISION' : 'VALUE_TOO_LARGE' };
  return parseYuanToFen(text);
}
