// Many records at once (document lines, lots, ledger rows) with prepared statements: each row gets its
// record metadata and change-journal row; the caller appends ONE audit entry for the whole operation
// (an entry per ledger row would double the cost of posting, and the journal already names every record).
// The journal's content hash of an inserted row comes from the values bound (records/insertHash.ts); a changed
// row is read back after the UPDATEs, many per statement (records/journal.ts), never through RETURNING *, which costs more.
import { RECORD_COLUMN_NAMES } from '@db/schema/record';
import { actorName, nowIso, type CoreContext } from '../context';
import { insertHasher } from '../records/insertHash';
import { journalAsStored, journalManyAsStored, journalStatement, writeJournal } from '../records/journal';
import { cachedStatement } from '../records/statements';
import { timeOrderedIds } from './ids';

/** One row by SQL column name, without the record columns. */
export type SqlRow = Record<string, string | number | boolean | null>;

const sqlValue = (v: string | number | boolean | null) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** Inserts the rows (all with the same columns) as new records; returns their ids in order. */
export function insertRecords(ctx: CoreContext, table: string, officeCode: string, rows: readonly SqlRow[]): string[] {
  if (rows.length === 0) return [];
  const sqlite = ctx.store.sqlite;
  const columns = Object.keys(rows[0]!);
  const all = [...RECORD_COLUMN_NAMES, ...columns];
  const insert = cachedStatement(
    sqlite,
    `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`,
  );
  const hash = insertHasher(sqlite, table, all);
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const write = journalStatement(sqlite);
  const ids = timeOrderedIds(rows.length, ctx.now());
  return rows.map((row, n) => {
    const id = ids[n]!;
    const values = [
      id,
      officeCode,
      at,
      at,
      by,
      by,
      1,
      0,
      null,
      null,
      null,
      ...columns.map((c) => sqlValue(row[c] ?? null)),
    ];
    insert.run(values);
    const contentHash = hash(values);
    if (contentHash === null) writeJournal(sqlite, table, id, 1, 'insert', at);
    else write.run(table, id, 1, 'insert', at, contentHash);
    return id;
  });
}

/** Sets columns of existing records (each change bumps row_version and is journalled). */
export function updateRecords(ctx: CoreContext, table: string, changes: readonly { id: string; set: SqlRow }[]): void {
  if (changes.length === 0) return;
  const sqlite = ctx.store.sqlite;
  const at = nowIso(ctx);
  const by = actorName(ctx);
  // A record changed twice is journalled after each change; otherwise all are read back at the end, in one go.
  const readBackTogether = new Set(changes.map((change) => change.id)).size === changes.length;
  const changed: string[] = [];
  for (const { id, set } of changes) {
    const columns = Object.keys(set);
    const update = cachedStatement(
      sqlite,
      `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')},
      updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ?`,
    );
    if (update.run(...columns.map((c) => sqlValue(set[c] ?? null)), at, by, id).changes === 0) continue;
    if (readBackTogether) changed.push(id);
    else journalAsStored(sqlite, table, id, 'update', at);
  }
  journalManyAsStored(sqlite, table, changed, 'update', at);
}

/** Voids records (e.g. the lines a draft replaces), journalled. */
export function voidRecords(ctx: CoreContext, table: string, ids: readonly string[], reason: string): void {
  if (ids.length === 0) return;
  const sqlite = ctx.store.sqlite;
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const update = cachedStatement(
    sqlite,
    `UPDATE ${table} SET voided = 1, voided_at = ?, voided_by = ?, void_reason = ?,
    updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND voided = 0`,
  );
  // The second void of a record changes nothing, so each id is journalled once.
  const voided = ids.filter((id) => update.run(at, by, reason, at, by, id).changes > 0);
  journalManyAsStored(sqlite, table, voided, 'void', at);
}
