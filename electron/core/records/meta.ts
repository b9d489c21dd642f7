// The columns every business record carries (db/schema/record.ts recordColumns), named once for the writers:
// their keys and SQL names come from the drizzle columns, the row type from `$inferSelect`, and a table's
// other columns from the table itself, so no writer lists a column by hand.
import { getTableColumns } from 'drizzle-orm';
import { sqliteTable, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { recordColumns } from '@db/schema/record';
import { actorName, nowIso, type CoreContext } from '../context';

// Never created: it only lends its columns' names and types.
const recordShape = sqliteTable('record', recordColumns());

/** The record columns as read through drizzle. */
export type RecordMeta = typeof recordShape.$inferSelect;
export type RecordKey = keyof RecordMeta;

/** A table whose rows are business records (it spreads recordColumns()). */
export type RecordTable = SQLiteTable & { [K in RecordKey]: SQLiteColumn };

/** A record's own fields as written: everything the table holds but the record columns. */
export type RecordFields<T extends RecordTable> = Omit<T['$inferInsert'], RecordKey>;

export const RECORD_KEYS = Object.keys(getTableColumns(recordShape)) as RecordKey[];
const RECORD_KEY_SET: ReadonlySet<string> = new Set(RECORD_KEYS);
export const isRecordKey = (key: string): key is RecordKey => RECORD_KEY_SET.has(key);

/** SQL names of the record columns, in RECORD_KEYS order. */
export const RECORD_COLUMNS: readonly string[] = Object.values(getTableColumns(recordShape)).map((c) => c.name);

/** The record columns a package carries beside a record's fields (the authors and times travel as fields). */
export const ENVELOPE_COLUMNS: readonly string[] = [
  'id',
  'office_code',
  'row_version',
  'voided',
  'voided_at',
  'voided_by',
  'void_reason',
];

/** A value as SQLite stores it: booleans as 0/1 (better-sqlite3 binds no booleans). */
export type SqlValue = string | number | null;
export const sqlValue = (v: unknown): SqlValue =>
  v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : (v as SqlValue);

/** The metadata of a record created now by the context's actor. */
export function newRecordMeta(ctx: CoreContext, id: string, officeCode: string): RecordMeta {
  return newMeta(id, officeCode, nowIso(ctx), actorName(ctx));
}

export function newMeta(id: string, officeCode: string, at: string, by: string): RecordMeta {
  return {
    id,
    officeCode,
    createdAt: at,
    updatedAt: at,
    createdBy: by,
    updatedBy: by,
    rowVersion: 1,
    voided: false,
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
  };
}

/** The SQL column name of each field key of a table (camelCase key -> snake_case column), read once per table. */
const columnNames = new WeakMap<SQLiteTable, Map<string, string>>();
export function columnNamesOf(table: SQLiteTable): ReadonlyMap<string, string> {
  let names = columnNames.get(table);
  if (!names) {
    names = new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [key, column.name]));
    columnNames.set(table, names);
  }
  return names;
}

/** The keys of a table's own fields (every column but the record columns), in the table's order. */
export function fieldKeysOf<T extends RecordTable>(table: T): (keyof RecordFields<T> & string)[] {
  return [...columnNamesOf(table).keys()].filter((key) => !isRecordKey(key)) as (keyof RecordFields<T> & string)[];
}
