// Dates as clerks type them in a spreadsheet: 2025-06-30, 2025/6/30, 2025.6.30, 2025年6月30日, 20250630,
// full-width digits, a time after the date, or an Excel date cell (read as its serial day number).
// A date that cannot exist (2025-02-30) is refused, never rolled over into the next month.
import type { Cell } from '../../people/import/sheet';

export type SheetDateCode = 'DATE_FORMAT' | 'DATE_IMPOSSIBLE' | 'DATE_RANGE';
export type SheetDate = { ok: true; date: string } | { ok: false; code: SheetDateCode };

/** Years a relief-stock date can fall in; outside them the cell holds something else (a quantity, a year alone). */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2199;

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** A time after the date, as Excel and WPS write it when a date cell is saved as text. */
const TIME_TAIL = /(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

/** Day 0 of Excel's 1900 date system, as Excel counts after its fictitious 1900-02-29. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An ISO date (YYYY-MM-DD) from a cell, or why it is not one; a blank cell is the caller's concern. */
export function parseSheetDate(cell: Cell | Date): SheetDate {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { ok: false, code: 'DATE_FORMAT' } : checked(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  if (typeof cell === 'number') return fromNumber(cell);
  if (cell === null) return { ok: false, code: 'DATE_FORMAT' };
  const text = cell.normalize('NFKC').trim().replace(TIME_TAIL, '').trim();
  const parts = SEPARATED.exec(text) ?? COMPACT.exec(text);
  if (!parts) return { ok: false, code: 'DATE_FORMAT' };
  return checked(Number(parts[1]), Number(parts[2]), Number(parts[3]));
}

/** 20250630 typed as a number, or an Excel date serial (a fraction is the time of day). */
function fromNumber(n: number): SheetDate {
  if (!Number.isFinite(n) || n <= 0) return { ok: false, code: 'DATE_FORMAT' };
  if (Number.isInteger(n) && n >= 10_000_000 && n <= 99_999_999) {
    return checked(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
  }
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(n) * DAY_MS);
  return inRange(date.getUTCFullYear()) ? { ok: true, date: iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) } : { ok: false, code: 'DATE_RANGE' };
}

function checked(year: number, month: number, day: number): SheetDate {
  if (!inRange(year)) return { ok: false, code: 'DATE_RANGE' };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, code: 'DATE_IMPOSSIBLE' };
  return { ok: true, date: iso(year, month, day) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function inRange(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
