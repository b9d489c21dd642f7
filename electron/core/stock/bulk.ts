// Many records at once (document lines, lots, ledger rows) with prepared statements: each row gets its
// record metadata and change-journal row; the caller appends ONE audit entry for the whole operation
// (an entry per ledger row would double the cost of posting, and the journal already names every record).
// Each statement returns the whole row it wrote (RETURNING *), whose content hash goes into the journal:
// column defaults and SQLite's affinity are then what the hash sees, as `db check` will.
import { randomUUID } from 'node:crypto';
import { RECORD_COLUMN_NAMES } from '../../../db/schema/record';
import { actorName, nowIso, type CoreContext } from '../context';
import { contentHashOf } from '../records/contentHash';
import { journalStatement } from '../records/journal';
import { cachedStatement } from '../records/statements';

/** One row by SQL column name, without the record columns. */
export type SqlRow = Record<string, string | number | boolean | null>;

const sqlValue = (v: string | number | boolean | null) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

type StoredRow = Record<string, unknown> & { row_version: number };

/** Inserts the rows (all with the same columns) as new records; returns their ids in order. */
export function insertRecords(ctx: CoreContext, table: string, officeCode: string, rows: readonly SqlRow[]): string[] {
  if (rows.length === 0) return [];
  const sqlite = ctx.store.sqlite;
  const columns = Object.keys(rows[0]!);
  const all = [...RECORD_COLUMN_NAMES, ...columns];
  const insert = cachedStatement(sqlite, `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')}) RETURNING *`);
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const write = journalStatement(sqlite);
  return rows.map((row) => {
    const id = randomUUID();
    const stored = insert.get(id, officeCode, at, at, by, by, 1, 0, null, null, null, ...columns.map((c) => sqlValue(row[c] ?? null))) as StoredRow;
    write.run(table, id, 1, 'insert', at, contentHashOf(stored));
    return id;
  });
}

/** Sets columns of existing records (each change bumps row_version and is journalled). */
export function updateRecords(ctx: CoreContext, table: string, changes: readonly { id: string; set: SqlRow }[]): void {
  if (changes.length === 0) return;
  const sqlite = ctx.store.sqlite;
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const write = journalStatement(sqlite);
  for (const { id, set } of changes) {
    const columns = Object.keys(set);
    const update = cachedStatement(sqlite, `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')},
      updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? RETURNING *`);
    const stored = update.get(...columns.map((c) => sqlValue(set[c] ?? null)), at, by, id) as StoredRow;
    write.run(table, id, stored.row_version, 'update', at, contentHashOf(stored));
  }
}

/** Voids records (e.g. the lines a draft replaces), journalled. */
export function voidRecords(ctx: CoreContext, table: string, ids: readonly string[], reason: string): void {
  if (ids.length === 0) return;
  const sqlite = ctx.store.sqlite;
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const write = journalStatement(sqlite);
  const update = cachedStatement(sqlite, `UPDATE ${table} SET voided = 1, voided_at = ?, voided_by = ?, void_reason = ?,
    updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND voided = 0 RETURNING *`);
  for (const id of ids) {
    const stored = update.get(at, by, reason, at, by, id) as StoredRow | undefined;
    if (stored !== undefined) write.run(table, id, stored.row_version, 'void', at, contentHashOf(stored));
  }
}
