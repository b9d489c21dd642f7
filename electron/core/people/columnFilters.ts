// The grid's per-column filters as SQL conditions with bound parameters. Column names come from the maps
// below (the contract's allow-list), never from the caller. What a user without the reveal permission may
// filter by follows the mask: an ID number by the 4 characters it shows or as a whole number (through the
// lookup limit), and never by birth date (it is the mask's hidden digits).
import { CUSTOM_FIELD_KEY } from '@rules/customFields';
import type { ColumnFilter, CustomFieldMatch } from '../../api/columnFilters';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { localDayStart } from '../localDays';
import { cachedStatement } from '../records/statements';
import { isFullIdNumber, prefixUpperBound } from './keyRange';
import { limitedIdLookup } from './lookupLimit';

interface Condition {
  sql: string;
  params: unknown[];
}

const SQL_COLUMNS = {
  name: 'name',
  gender: 'gender',
  mobile: 'mobile',
  phone: 'phone',
  township: 'township',
  village: 'village',
  workUnit: 'work_unit',
  notes: 'notes',
  createdBy: 'created_by',
  officeCode: 'office_code',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  birthDate: 'birth_date',
  rowVersion: 'row_version',
} as const;

/** Columns holding an ISO time stamp (UTC): a local day is turned into its UTC instants. */
const TIME_STAMPS = new Set(['createdAt', 'updatedAt']);

/** `%` and `_` typed by the clerk are matched literally. */
/** A custom field's value in SQL: the key is checked by its form (f1), never taken as given. */
export function customValueSql(key: string, column = 'custom_fields'): string {
  if (!CUSTOM_FIELD_KEY.test(key)) throw new Error(`Not a custom field key: ${key}`);
  return `json_extract(${column}, '$.${key}')`;
}

export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

function nextDay(day: string): string {
  return localDayStart(day, 0, 1).slice(0, 10);
}

function contains(column: string, text: string): Condition {
  return { sql: `${column} LIKE ? ESCAPE '\\'`, params: [likeContains(text)] };
}

function choice(column: string, values: (string | null)[]): Condition {
  const named: (string | null)[] = [...new Set(values.filter((v): v is string => v !== null))];
  // Padded with nulls (which match nothing) to a power of two: a few statement shapes, not one per list length.
  const size = named.length && 2 ** Math.ceil(Math.log2(named.length));
  while (named.length < size) named.push(null);
  const parts: string[] = [];
  if (named.length) parts.push(`${column} IN (${named.map(() => '?').join(', ')})`);
  if (values.includes(null)) parts.push(`(${column} IS NULL OR ${column} = '')`);
  return { sql: `(${parts.join(' OR ')})`, params: named };
}

function range(column: string, lower: unknown, upperExclusive: unknown, upperInclusive?: unknown): Condition {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (lower !== undefined) {
    parts.push(`${column} >= ?`);
    params.push(lower);
  }
  if (upperExclusive !== undefined) {
    parts.push(`${column} < ?`);
    params.push(upperExclusive);
  }
  if (upperInclusive !== undefined) {
    parts.push(`${column} <= ?`);
    params.push(upperInclusive);
  }
  return parts.length ? { sql: `(${parts.join(' AND ')})`, params } : { sql: '1', params: [] };
}

function idCondition(text: string, masked: boolean): Condition {
  const id = text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (!/^[\dX]+$/.test(id)) fail('ID_FILTER_TAIL_ONLY');
  if (isFullIdNumber(id)) return { sql: 'id_reversed = ?', params: [[...id].reverse().join('')] };
  if (masked && id.length > 4) fail('ID_FILTER_TAIL_ONLY');
  const reversed = [...id].reverse().join('');
  return { sql: '(id_reversed >= ? AND id_reversed < ?)', params: [reversed, prefixUpperBound(reversed)] };
}

/** One filter as SQL; `masked`: the user may not reveal ID numbers. */
export function columnFilterCondition(filter: ColumnFilter, masked: boolean): Condition {
  switch (filter.kind) {
    case 'contains':
      return contains(SQL_COLUMNS[filter.column], filter.text);
    case 'choice':
      return choice(SQL_COLUMNS[filter.column], filter.values);
    case 'numberRange':
      return range(SQL_COLUMNS[filter.column], filter.min, undefined, filter.max);
    case 'idNumber':
      return idCondition(filter.text, masked);
    case 'custom':
      return customCondition(customValueSql(filter.key), filter.match);
    case 'dateRange': {
      if (filter.column === 'birthDate' && masked) fail('BIRTH_DATE_FILTER_HIDDEN');
      const column = SQL_COLUMNS[filter.column];
      if (!TIME_STAMPS.has(filter.column)) return range(column, filter.from, filter.to && nextDay(filter.to));
      const offset = filter.utcOffsetMinutes ?? 0;
      return range(
        column,
        filter.from && localDayStart(filter.from, offset),
        filter.to && localDayStart(filter.to, offset, 1),
      );
    }
  }
}

/**
 * Both bounds as one BETWEEN: the value is read from the JSON once a row, not twice (npm run bench people-query,
 * a number range sorted by that field: CPU p95 217 -> 182 ms). Stored dates are YYYY-MM-DD: the upper date is inclusive.
 */
function between(value: string, lower: unknown, upper: unknown): Condition {
  if (lower === undefined || upper === undefined) return range(value, lower, undefined, upper);
  return { sql: `(${value} BETWEEN ? AND ?)`, params: [lower, upper] };
}

export function customCondition(value: string, match: CustomFieldMatch): Condition {
  switch (match.op) {
    case 'contains':
      return contains(value, match.text);
    case 'choice':
      return choice(value, match.values);
    case 'numberRange':
      return between(value, match.min, match.max);
    case 'dateRange':
      return between(value, match.from, match.to);
    case 'yesno': {
      // JSON true and false read back from json_extract as 1 and 0.
      const parts = [...new Set(match.values)].map((v) =>
        v === null ? `${value} IS NULL` : `${value} = ${v ? 1 : 0}`,
      );
      return { sql: `(${parts.join(' OR ')})`, params: [] };
    }
  }
}

/** Filters no index can seek (a substring anywhere in the text). */
const SCANNED = new Set<ColumnFilter['kind']>(['contains']);

/**
 * The column filters as conditions. Choice, range and ID filters are plain conditions the planner can seek by
 * index. Text-contains filters cannot seek: they become one set of rowids found by a covering scan of the column's
 * index - narrowed by the other filters, so a township's index serves 乡镇 + 村 contains - and the grid's sort
 * index then serves the page, checking membership (`+rowid` keeps the planner from reading the set row by row and
 * sorting every match: 73 -> 15 ms CPU for a name filter at 250,000).
 */
export function columnFiltersCondition(
  filters: readonly ColumnFilter[] | undefined,
  masked: boolean,
): Condition | null {
  if (!filters?.length) return null;
  const seekable = filters.filter((f) => !SCANNED.has(f.kind)).map((f) => columnFilterCondition(f, masked));
  const scanned = filters.filter((f) => SCANNED.has(f.kind)).map((f) => columnFilterCondition(f, masked));
  const all = (conditions: Condition[]) => ({
    sql: conditions.map((c) => c.sql).join(' AND '),
    params: conditions.flatMap((c) => c.params),
  });
  const parts = [...seekable];
  if (scanned.length) {
    const inner = all([...scanned, ...seekable]);
    parts.push({ sql: `(+rowid IN (SELECT rowid FROM people WHERE ${inner.sql}))`, params: inner.params });
  }
  const joined = all(parts);
  return { sql: `(${joined.sql})`, params: joined.params };
}

/**
 * A whole ID number in a masked user's filter is a lookup like a pasted one: counted against FULL_ID_LOOKUP_LIMIT.
 */
export function checkIdFilters(ctx: CoreContext, filters: readonly ColumnFilter[] | undefined, masked: boolean): void {
  if (!masked || !filters) return;
  for (const filter of filters) {
    if (filter.kind !== 'idNumber') continue;
    countFullIdLookup(ctx, filter.text);
  }
}

/** A whole ID number typed by a user who may not reveal IDs: a lookup the hourly limit counts (a miss when nobody has it). */
export function countFullIdLookup(ctx: CoreContext, typed: string | undefined): void {
  const id = typed?.normalize('NFKC').replace(/\s+/g, '').toUpperCase() ?? '';
  if (!isFullIdNumber(id)) return;
  limitedIdLookup(ctx, id, () =>
    cachedStatement(ctx.store.sqlite, 'SELECT 1 FROM people WHERE id_reversed = ?').get([...id].reverse().join('')),
  );
}

/** A masked export travels: a birth-date filter on it would tell the hidden digits of every row in it. */
export function hasBirthDateFilter(filters: readonly ColumnFilter[] | undefined): boolean {
  return Boolean(filters?.some((f) => f.kind === 'dateRange' && f.column === 'birthDate'));
}
