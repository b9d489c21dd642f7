// Many records at once (a roster import, document lines, lots, ledger rows) with prepared statements, typed from
// the drizzle table: each row gets its record columns and its change-journal row; the caller appends ONE audit
// entry for the whole operation (an entry per row would double the cost, and the journal names every record).
// An inserted row's content hash comes from the values bound (insertHash.ts); a changed row is read back after
// the UPDATEs, many per statement (journal.ts), never through RETURNING *, which costs more.
import { getTableName } from 'drizzle-orm';
import { quoteIdentifier } from '@db/sql';
import { actorName, nowIso, type CoreContext } from '../context';
import { timeOrderedIds } from './ids';
import { insertHasher } from './insertHash';
import { insertJournalRow, journalManyAsStored, journalAsStored, journalStatement, writeJournal } from './journal';
import {
  columnNamesOf,
  newMeta,
  RECORD_COLUMNS,
  RECORD_KEYS,
  sqlValue,
  type RecordFields,
  type RecordTable,
  type SqlValue,
} from './meta';
import { cachedStatement } from './statements';

type FieldKey<T extends RecordTable> = keyof RecordFields<T> & string;

/** Inserts one new record with the given id; throws SQLite's error (a unique index) for the caller to name. */
export type RecordInserter<T extends RecordTable> = (id: string, fields: RecordFields<T>) => void;

/**
 * An inserter of new records of `officeCode`, created now by the context's actor, binding the fields named
 * in `keys` (a key a row leaves out is stored as null).
 */
export function recordInserter<T extends RecordTable>(
  ctx: CoreContext,
  table: T,
  officeCode: string,
  keys: readonly FieldKey<T>[],
): RecordInserter<T> {
  const sqlite = ctx.store.sqlite;
  const tableName = getTableName(table);
  const names = columnNamesOf(table);
  const columns = [...RECORD_COLUMNS, ...keys.map((key) => names.get(key)!)];
  const insert = cachedStatement(
    sqlite,
    `INSERT INTO ${quoteIdentifier(tableName)} (${columns.map(quoteIdentifier).join(', ')})
    VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const hash = insertHasher(sqlite, tableName, columns);
  const at = nowIso(ctx);
  const meta = newMeta('', officeCode, at, actorName(ctx));
  const metaValues = RECORD_KEYS.map((key) => sqlValue(meta[key]));
  const idAt = RECORD_KEYS.indexOf('id');
  const journal = journalStatement(sqlite);
  return (id, fields) => {
    const values: SqlValue[] = metaValues.slice();
    values[idAt] = id;
    for (const key of keys) values.push(sqlValue(fields[key]));
    insert.run(values);
    const contentHash = hash(values);
    if (contentHash === null) writeJournal(sqlite, tableName, id, 1, 'insert', at);
    else insertJournalRow(journal, tableName, id, 1, 'insert', at, contentHash);
  };
}

/** Inserts the rows (all with the first row's fields) as new records with time-ordered ids; returns the ids in order. */
export function insertRecords<T extends RecordTable>(
  ctx: CoreContext,
  table: T,
  officeCode: string,
  rows: readonly RecordFields<T>[],
): string[] {
  if (rows.length === 0) return [];
  const insert = recordInserter(ctx, table, officeCode, Object.keys(rows[0]!) as FieldKey<T>[]);
  const ids = timeOrderedIds(rows.length, ctx.now());
  rows.forEach((row, n) => insert(ids[n]!, row));
  return ids;
}

/** `"a" = ?, "b" = ?` for the fields' columns. */
const assignments = (names: ReadonlyMap<string, string>, keys: readonly string[]) =>
  keys.map((key) => `${quoteIdentifier(names.get(key)!)} = ?`).join(', ');

/** Sets fields of existing records (each change bumps row_version and is journalled). */
export function updateRecords<T extends RecordTable>(
  ctx: CoreContext,
  table: T,
  changes: readonly { id: string; set: Partial<RecordFields<T>> }[],
): void {
  if (changes.length === 0) return;
  const sqlite = ctx.store.sqlite;
  const tableName = getTableName(table);
  const names = columnNamesOf(table);
  const at = nowIso(ctx);
  const by = actorName(ctx);
  // A record changed twice is journalled after each change; otherwise all are read back at the end, in one go.
  const readBackTogether = new Set(changes.map((change) => change.id)).size === changes.length;
  const changed: string[] = [];
  for (const { id, set } of changes) {
    const keys = Object.keys(set) as FieldKey<T>[];
    const update = cachedStatement(
      sqlite,
      `UPDATE ${quoteIdentifier(tableName)} SET ${assignments(names, keys)},
      updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ?`,
    );
    if (update.run(...keys.map((key) => sqlValue(set[key])), at, by, id).changes === 0) continue;
    if (readBackTogether) changed.push(id);
    else journalAsStored(sqlite, tableName, id, 'update', at);
  }
  journalManyAsStored(sqlite, tableName, changed, 'update', at);
}

/**
 * Sets fields of one record only if it is live and still at `rowVersion` (one prepared statement per set of
 * fields, where drizzle would prepare anew each call); journals the change. False when it changed since.
 */
export function updateRecordAt<T extends RecordTable>(
  ctx: CoreContext,
  table: T,
  id: string,
  rowVersion: number,
  set: Partial<RecordFields<T>>,
): boolean {
  const tableName = getTableName(table);
  const names = columnNamesOf(table);
  const keys = Object.keys(set) as FieldKey<T>[];
  const update = cachedStatement(
    ctx.store.sqlite,
    `UPDATE ${quoteIdentifier(tableName)} SET ${assignments(names, keys)},
    updated_at = ?, updated_by = ?, row_version = ? WHERE id = ? AND row_version = ? AND voided = 0`,
  );
  const at = nowIso(ctx);
  const values = keys.map((key) => sqlValue(set[key]));
  if (update.run(...values, at, actorName(ctx), rowVersion + 1, id, rowVersion).changes === 0) return false;
  writeJournal(ctx.store.sqlite, tableName, id, rowVersion + 1, 'update', at);
  return true;
}

/** Voids records (e.g. the lines a draft replaces), journalled. */
export function voidRecords(ctx: CoreContext, table: RecordTable, ids: readonly string[], reason: string): void {
  if (ids.length === 0) return;
  const sqlite = ctx.store.sqlite;
  const tableName = getTableName(table);
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const update = cachedStatement(
    sqlite,
    `UPDATE ${quoteIdentifier(tableName)} SET voided = 1, voided_at = ?, voided_by = ?, void_reason = ?,
    updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND voided = 0`,
  );
  // The second void of a record changes nothing, so each id is journalled once.
  const voided = ids.filter((id) => update.run(at, by, reason, at, by, id).changes > 0);
  journalManyAsStored(sqlite, tableName, voided, 'void', at);
}
