// The change journal: one row per change to a business record, written in the same transaction
// as the change. Generic over tables; upward packages are built from it. Each row carries the content
// hash of the record after the change (contentHash.ts), so `db check` can tell an edit made outside the app.
import type Database from 'better-sqlite3';
import { quoteIdentifier } from '@db/sql';
import { noteJournalRow } from '../audit/runningFold';
import { contentHashOf } from './contentHash';
import { rowRead } from './reads';
import { cachedStatement, IN_LIST, inListBatches } from './statements';

export type ChangeOperation = 'insert' | 'update' | 'void';

/** The journal's one INSERT: write through insertJournalRow, which keeps the running fold (audit/runningFold.ts). */
export function journalStatement(sqlite: Database.Database): Database.Statement {
  return cachedStatement(
    sqlite,
    `INSERT INTO change_journal (table_name, record_id, row_version, operation, changed_at, content_hash)
    VALUES (?, ?, ?, ?, ?, ?)`,
  );
}

/** Inserts a journal row with `journalStatement`'s statement, handing it to the transaction's running fold if there is one. */
export function insertJournalRow(
  statement: Database.Statement,
  tableName: string,
  recordId: string,
  rowVersion: number,
  operation: ChangeOperation,
  at: string,
  contentHash: string | null,
): void {
  writePendingRows(statement.database); // a batch's rows first, in the order they were written
  const seq = Number(statement.run(tableName, recordId, rowVersion, operation, at, contentHash).lastInsertRowid);
  noteJournalRow(statement.database, seq, tableName, recordId, rowVersion, operation, at, contentHash);
}

/** Journals a change to one record, hashing the record as stored (one row read: single writes are not hot). */
export function writeJournal(
  sqlite: Database.Database,
  tableName: string,
  recordId: string,
  rowVersion: number,
  operation: ChangeOperation,
  at: string,
): void {
  const contentHash = contentHashOf(storedRecord(sqlite, tableName, recordId));
  insertJournalRow(journalStatement(sqlite), tableName, recordId, rowVersion, operation, at, contentHash);
}

/**
 * Journals a change just written, with the row_version and content the record now has. Reading the row back
 * costs a third of what `UPDATE ... RETURNING *` does in SQLite.
 */
export function journalAsStored(
  sqlite: Database.Database,
  tableName: string,
  recordId: string,
  operation: ChangeOperation,
  at: string,
): void {
  const stored = storedRecord(sqlite, tableName, recordId);
  const rowVersion = stored['row_version'] as number;
  insertJournalRow(journalStatement(sqlite), tableName, recordId, rowVersion, operation, at, contentHashOf(stored));
}

/**
 * `journalAsStored` for changes just written to many records (each id once), read back IN_LIST_SIZE at a time:
 * a statement per row cost a campaign post as much again as its 500 households' updates.
 */
export function journalManyAsStored(
  sqlite: Database.Database,
  tableName: string,
  recordIds: readonly string[],
  operation: ChangeOperation,
  at: string,
): void {
  const select = storedRows(`SELECT * FROM ${quoteIdentifier(tableName)} WHERE id IN (${IN_LIST})`).on(sqlite);
  const stored = new Map<unknown, StoredRow>();
  for (const batch of inListBatches(recordIds)) {
    for (const row of select.all(batch)) stored.set(row['id'], row);
  }
  const write = journalStatement(sqlite);
  for (const id of recordIds) {
    const row = stored.get(id)!;
    insertJournalRow(write, tableName, id, row['row_version'] as number, operation, at, contentHashOf(row));
  }
}

/** A record as stored: every column by its SQL name, as the content hash takes it. */
type StoredRow = Record<string, unknown>;
const storedRows = (sql: string) => rowRead<StoredRow>(sql);

function storedRecord(sqlite: Database.Database, tableName: string, recordId: string): StoredRow {
  return storedRows(`SELECT * FROM ${quoteIdentifier(tableName)} WHERE id = ?`)
    .on(sqlite)
    .get(recordId)!;
}

/**
 * A bulk copy's journal rows (the city applying a package) may be gathered and inserted ROWS_PER_STATEMENT at a
 * time: one INSERT per row cost twice what the rows themselves do. Between batchJournalRows and
 * endJournalBatch, journalRow adds to the connection's batch; outside, it inserts at once. The rows go in in
 * the order they were added, in the caller's transaction, their seqs handed to the running fold; a batch is
 * written out before any other journal row of the connection, and endJournalBatch must come before the journal
 * is read or the transaction ends.
 */
const ROWS_PER_STATEMENT = 50;
const COLUMNS = 6;

/** Pending rows per connection in a batch, flat: table, record id, row version, operation, changed at, hash. */
const batches = new WeakMap<Database.Database, unknown[]>();

export function batchJournalRows(sqlite: Database.Database): void {
  if (!batches.has(sqlite)) batches.set(sqlite, []);
}

/** Writes the batch's pending rows; journal rows are inserted at once again. */
export function endJournalBatch(sqlite: Database.Database): void {
  writePendingRows(sqlite);
  batches.delete(sqlite);
}

/** A journal row for a change just written: added to the connection's batch if there is one, else inserted. */
export function journalRow(
  sqlite: Database.Database,
  tableName: string,
  recordId: string,
  rowVersion: number,
  operation: ChangeOperation,
  at: string,
  contentHash: string | null,
): void {
  const pending = batches.get(sqlite);
  if (!pending) {
    insertJournalRow(journalStatement(sqlite), tableName, recordId, rowVersion, operation, at, contentHash);
    return;
  }
  pending.push(tableName, recordId, rowVersion, operation, at, contentHash);
  if (pending.length === ROWS_PER_STATEMENT * COLUMNS) writePendingRows(sqlite);
}

const insertRows = (rows: number) =>
  `INSERT INTO change_journal (table_name, record_id, row_version, operation, changed_at, content_hash) VALUES ${Array<string>(rows).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`;

function writePendingRows(sqlite: Database.Database): void {
  const pending = batches.get(sqlite);
  if (!pending || pending.length === 0) return;
  const rows = pending.length / COLUMNS;
  // Taken out first: a failing INSERT leaves nothing pending to be written again with the next rows.
  const values = pending.splice(0);
  const last = Number(cachedStatement(sqlite, insertRows(rows)).run(values).lastInsertRowid);
  // One statement's rows take consecutive seqs (the journal's AUTOINCREMENT), the last one `last`.
  for (let row = 0, at = 0; row < rows; row++, at += COLUMNS) {
    const [table, id, version, operation, changedAt, hash] = values.slice(at, at + COLUMNS) as [
      string,
      string,
      number,
      string,
      string,
      string | null,
    ];
    noteJournalRow(sqlite, last - rows + 1 + row, table, id, version, operation, changedAt, hash);
  }
}
