// Dates as clerks type them, in a spreadsheet cell or a form field: 2025-06-30, 2025-6-30, 2025/6/30, 2025.6.30,
// 2025年6月30日, 20250630, full-width digits, a time after the date. One reader for the importers (core) and the
// date inputs (renderer), so a date the import takes is a date the form takes. A date that cannot exist
// (2025-02-30) is refused, never rolled over into the next month. The stored forms (YYYY-MM-DD, YYYY-MM, an ISO
// time) are checked here too, by arithmetic: a city checks every date of a million-person package.

export type DateReadingCode = 'DATE_FORMAT' | 'DATE_IMPOSSIBLE' | 'DATE_RANGE';
export type DateReading = { ok: true; date: string } | { ok: false; code: DateReadingCode };

/** Years a relief-stock or registry date can fall in; outside them the text holds something else (a quantity, a year alone). */
export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2199;

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** A time after the date, as Excel and WPS write it when a date cell is saved as text. */
const TIME_TAIL = /(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A month as stored and sent (month close, lot months): YYYY-MM. */
export const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** An entry or change time as stored: a date, then optionally a time with seconds, fraction and offset. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO date (YYYY-MM-DD) from typed text, or why it is not one; blank text is the caller's concern. */
export function readDateText(text: string): DateReading {
  const cleaned = text.normalize('NFKC').trim().replace(TIME_TAIL, '').trim();
  const parts = SEPARATED.exec(cleaned) ?? COMPACT.exec(cleaned);
  if (!parts) return { ok: false, code: 'DATE_FORMAT' };
  return checkedDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
}

/** True for a real calendar date written YYYY-MM-DD in the years we take: what forms send and the core saves. */
export function isIsoDate(value: string): boolean {
  const parts = ISO.exec(value);
  return parts !== null && checkedDate(Number(parts[1]), Number(parts[2]), Number(parts[3])).ok;
}

/** A day of the calendar written YYYY-MM-DD, any year: a travelling record's date (a birth date may be 1930). */
export function isCalendarDate(value: string): boolean {
  // By arithmetic, not ISO.exec: it runs for every date of every record a city receives.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  return year >= 0 && isCalendarDay(year, digitsAt(value, 5, 2), digitsAt(value, 8, 2));
}

/** The number the ASCII digits at [from, from + count) spell, or -1. */
function digitsAt(value: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True when the year has that month and the month that day (29 February in leap years only). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

export function isIsoMonth(value: string): boolean {
  return ISO_MONTH.test(value);
}

/** An entry time as stored (created_at and the like), at most 40 characters. */
export function isIsoTime(value: string): boolean {
  return isStoredTime(value) || (value.length <= 40 && ISO_TIME.test(value));
}

/** The form every stored time has (toISOString: 2026-03-01T08:00:00.000Z), told without the regex. */
function isStoredTime(value: string): boolean {
  if (value.length !== 24 || value.charCodeAt(23) !== 90 || value.charCodeAt(10) !== 84 || value.charCodeAt(19) !== 46)
    return false;
  if (
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(13) !== 58 ||
    value.charCodeAt(16) !== 58
  )
    return false;
  for (const [from, count] of STORED_TIME_DIGITS) if (digitsAt(value, from, count) < 0) return false;
  return true;
}

const STORED_TIME_DIGITS: readonly (readonly [number, number])[] = [
  [0, 4],
  [5, 2],
  [8, 2],
  [11, 2],
  [14, 2],
  [17, 2],
  [20, 3],
];

/** A year, month and day as an ISO date, if that day exists in the years we take. */
export function checkedDate(year: number, month: number, day: number): DateReading {
  if (!yearInRange(year)) return { ok: false, code: 'DATE_RANGE' };
  if (!isCalendarDay(year, month, day)) return { ok: false, code: 'DATE_IMPOSSIBLE' };
  return { ok: true, date: isoDate(year, month, day) };
}

export function yearInRange(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date `days` days after (or before) an ISO date: the date inputs' arrow keys. */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The same day `months` later; where that month is shorter, its last day (2024-02-29 + 12 months = 2025-02-28,
 * 2023-01-31 + 1 month = 2023-02-28). This is Excel's EDATE, which is how the offices' registers computed the
 * dates printed on the cards, so a clerk's own spreadsheet and this program print the same expiry.
 */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12),
    targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return isoDate(targetYear, targetMonth, Math.min(day, lastDay));
}
