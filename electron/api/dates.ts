// Dates as clerks type them, in a spreadsheet cell or a form field: 2025-06-30, 2025-6-30, 2025/6/30, 2025.6.30,
// 2025年6月30日, 20250630, full-width digits, a time after the date. One reader for the importers (core) and the
// date inputs (renderer), so a date the import takes is a date the form takes. A date that cannot exist
// (2025-02-30) is refused, never rolled over into the next month.

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

/** An ISO date (YYYY-MM-DD) from typed text, or why it is not one; blank text is the caller's concern. */
export function readDateText(text: string): DateReading {
  const cleaned = text.normalize('NFKC').trim().replace(TIME_TAIL, '').trim();
  const parts = SEPARATED.exec(cleaned) ?? COMPACT.exec(cleaned);
  if (!parts) return { ok: false, code: 'DATE_FORMAT' };
  return checkedDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
}

/** True for a real calendar date written YYYY-MM-DD: what forms send and the contract takes. */
export function isIsoDate(value: string): boolean {
  const parts = ISO.exec(value);
  return parts !== null && checkedDate(Number(parts[1]), Number(parts[2]), Number(parts[3])).ok;
}

/** A year, month and day as an ISO date, if that day exists in the years we take. */
export function checkedDate(year: number, month: number, day: number): DateReading {
  if (!yearInRange(year)) return { ok: false, code: 'DATE_RANGE' };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, code: 'DATE_IMPOSSIBLE' };
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

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
