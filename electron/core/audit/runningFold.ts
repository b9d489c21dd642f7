// A bulk writer (the city applying a package, a roster import) journals up to a million rows and then writes
// one audit entry in the same transaction, which must fold every one of those rows into its journal head.
// Reading them back costs ~1.5 us a row; instead the writer hands each row to a fold started for the
// transaction, and the audit entry takes it - only when it provably covers the journal: it starts at the last
// audit entry's head, its rows are consecutive, and it ends at the journal's last row. Otherwise the entry
// folds from the database as before.
import type Database from 'better-sqlite3';
import type { auditLog, changeJournal } from '@db/schema';
import { rowRead } from '../records/reads';
import { foldStoredRows, JOURNAL_START, JournalFolder, type JournalHead } from './journalHead';

interface Running {
  folder: JournalFolder;
  valid: boolean;
  lastId: string | null;
}

const running = new WeakMap<Database.Database, Running>();

const LAST_AUDITED_HEAD = rowRead<Pick<typeof auditLog.$inferSelect, 'journalSeq' | 'journalHash'>>(
  'SELECT journal_seq AS journalSeq, journal_hash AS journalHash FROM audit_log ORDER BY seq DESC LIMIT 1',
);
const LAST_JOURNAL_ROW = rowRead<Pick<typeof changeJournal.$inferSelect, 'seq' | 'recordId'>>(
  'SELECT seq, record_id AS recordId FROM change_journal ORDER BY seq DESC LIMIT 1',
);

/** The journal head the last audit entry recorded. */
export function lastAuditedHead(sqlite: Database.Database): JournalHead {
  const last = LAST_AUDITED_HEAD.on(sqlite).get();
  return last?.journalSeq != null ? { seq: last.journalSeq, hash: last.journalHash! } : JOURNAL_START;
}

/**
 * Runs `work` (inside a write transaction) with a running fold on this connection; rows journaled meanwhile
 * through `noteJournalRow` are folded as they are written. The fold is gone when `work` returns or throws.
 */
export function withRunningFold<T>(sqlite: Database.Database, work: () => T): T {
  startRunningFold(sqlite);
  try {
    return work();
  } finally {
    running.delete(sqlite);
  }
}

/** For a writer whose transaction outlives one call (the city's preview): the connection is closed after its commit or rollback. */
export function startRunningFold(sqlite: Database.Database): void {
  const folder = new JournalFolder(lastAuditedHead(sqlite));
  foldStoredRows(sqlite, folder); // rows journaled since the last entry (usually none)
  running.set(sqlite, { folder, valid: true, lastId: null });
}

/** A journal row just inserted (its seq is the insert's rowid); anything not consecutive spoils the fold. */
export function noteJournalRow(
  sqlite: Database.Database,
  seq: number,
  table: string,
  id: string,
  rowVersion: number,
  operation: string,
  changedAt: string,
  contentHash: string | null,
): void {
  const fold = running.get(sqlite);
  if (!fold?.valid) return;
  if (seq !== fold.folder.seq + 1) {
    fold.valid = false;
    return;
  }
  fold.folder.add(seq, table, id, rowVersion, operation, changedAt, contentHash);
  fold.lastId = id;
}

/** The running fold's head if it covers the journal from `from` to its last row; the fold ends here. */
export function takeRunningHead(sqlite: Database.Database, from: JournalHead): JournalHead | null {
  const fold = running.get(sqlite);
  running.delete(sqlite);
  if (!fold?.valid || fold.folder.from.seq !== from.seq || fold.folder.from.hash !== from.hash) return null;
  const last = LAST_JOURNAL_ROW.on(sqlite).get();
  if ((last?.seq ?? from.seq) !== fold.folder.seq || (last && fold.lastId !== null && last.recordId !== fold.lastId))
    return null;
  return fold.folder.head();
}
