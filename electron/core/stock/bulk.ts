// Many records at once (document lines, lots, ledger rows) with prepared statements: each row gets its
// record metadata and change-journal row; the caller appends ONE audit entry for the whole operation
// (an entry per ledger row would double the cost of posting, and the journal already names every record).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { RECORD_COLUMN_NAMES } from '../../../db/schema/record';
import { actorName, nowIso, type CoreContext } from '../context';
import { cachedStatement } from '../records/statements';

/** One row by SQL column name, without the record columns. */
export type SqlRow = Record<string, string | number | boolean | null>;

const sqlValue = (v: string | number | boolean | null) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

function journal(sqlite: Database.Database) {
  return cachedStatement(sqlite, 'INSERT INTO change_journal (table_name, record_id, row_version, operation, changed_at) VALUES (?, ?, ?, ?, ?)');
}

/** Inserts the rows (all with the same columns) as new records; returns their ids in order. */
export function insertRecords(ctx: CoreContext, table: string, officeCode: string, rows: readonly SqlRow[]): string[] {
  if (rows.length === 0) return [];
  const sqlite = ctx.store.sqlite;
  const columns = Object.keys(rows[0]!);
  const all = [...RECORD_COLUMN_NAMES, ...columns];
  const insert = cachedStatement(sqlite, `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`);
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const write = journal(sqlite);
  return rows.map((row) => {
    const id = randomUUID();
    insert.run(id, officeCode, at, at, by, by, 1, 0, null, null, null, ...columns.map((c) => sqlValue(row[c] ?? null)));
    write.run(table, id, 1, 'insert', at);
    return id;
  });
}

/** Sets columns of existing records (each change bumps row_version and is journalled). */
export function updateRecords(ctx: CoreContext, table: string, changes: readonly { id: string; set: SqlRow }[]): void {
  if (changes.length === 0) return;
  const sqlite = ctx.store.sqlite;
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const write = journal(sqlite);
  for (const { id, set } of changes) {
    const columns = Object.keys(set);
    const update = cachedStatement(sqlite, `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')},
      updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? RETURNING row_version`).pluck();
    const rowVersion = update.get(...columns.map((c) => sqlValue(set[c] ?? null)), at, by, id) as number;
    write.run(table, id, rowVersion, 'update', at);
  }
}

/** Voids records (e.g. the lines a draft replaces), journalled. */
export function voidRecords(ctx: CoreContext, table: string, ids: readonly string[], reason: string): void {
  if (ids.length === 0) return;
  const sqlite = ctx.store.sqlite;
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const write = journal(sqlite);
  const update = cachedStatement(sqlite, `UPDATE ${table} SET voided = 1, voided_at = ?, voided_by = ?, void_reason = ?,
    updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND voided = 0 RETURNING row_version`).pluck();
  for (const id of ids) {
    const rowVersion = update.get(at, by, reason, at, by, id) as number | undefined;
    if (rowVersion !== undefined) write.run(table, id, rowVersion, 'void', at);
  }
}
