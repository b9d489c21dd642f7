// Dates in a spreadsheet cell: text as clerks type it (read by the shared rules/dates.ts, the same
// reader the forms' date inputs use), 20250630 stored as a number, or an Excel date cell (its serial day number).
import { checkedDate, isoDate, readDateText, yearInRange, type DateReading, type DateReadingCode } from '@rules/dates';
import type { Cell } from './sheet';

export type SheetDateCode = DateReadingCode;
export type SheetDate = DateReading;

/** Day 0 of Excel's 1900 date system, as Excel counts after its fictitious 1900-02-29. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An ISO date (YYYY-MM-DD) from a cell, or why it is not one; a blank cell is the caller's concern. */
export function parseSheetDate(cell: Cell | Date): SheetDate {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime())
      ? { ok: false, code: 'DATE_FORMAT' }
      : checkedDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  if (typeof cell === 'number') return fromNumber(cell);
  if (cell === null) return { ok: false, code: 'DATE_FORMAT' };
  return readDateText(cell);
}

/** 20250630 typed as a number, or an Excel date serial (a fraction is the time of day). */
function fromNumber(n: number): SheetDate {
  if (!Number.isFinite(n) || n <= 0) return { ok: false, code: 'DATE_FORMAT' };
  if (Number.isInteger(n) && n >= 10_000_000 && n <= 99_999_999) {
    return checkedDate(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
  }
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(n) * DAY_MS);
  return yearInRange(date.getUTCFullYear())
    ? { ok: true, date: isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) }
    : { ok: false, code: 'DATE_RANGE' };
}
