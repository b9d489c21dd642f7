// The change journal's running hash, recorded in audit entries: each audit entry names the journal's last
// seq and the hash of every journal row up to it, folded on from the previous entry's head. The journal
// therefore cannot be rewritten (a row's content hash changed, a row removed) without breaking the audit
// chain, and `db check` recomputes the same fold between consecutive heads.
import { createHash, type Hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { tupleRead } from '../records/reads';

export interface JournalHead {
  seq: number;
  hash: string;
}

export const JOURNAL_START: JournalHead = { seq: 0, hash: '0'.repeat(64) };

type JournalRow = [number, string, string, number, string, string, string | null];

/** A fold in progress: rows are added in seq order, hashed in pieces of about 64 KB (one native call per row would cost more than the hashing). */
export class JournalFolder {
  private readonly hash: Hash;
  private pending = '';
  seq: number;

  constructor(readonly from: JournalHead) {
    this.hash = createHash('sha256').update(from.hash);
    this.seq = from.seq;
  }

  add(
    seq: number,
    table: string,
    id: string,
    rowVersion: number,
    operation: string,
    changedAt: string,
    contentHash: string | null,
  ): void {
    this.pending += `\n${seq}\u0001${table}\u0001${id}\u0001${rowVersion}\u0001${operation}\u0001${changedAt}\u0001${contentHash ?? ''}`;
    if (this.pending.length > 65_536) {
      this.hash.update(this.pending);
      this.pending = '';
    }
    this.seq = seq;
  }

  /** The head so far; the fold may go on. */
  head(): JournalHead {
    if (this.seq === this.from.seq) return this.from;
    this.hash.update(this.pending);
    this.pending = '';
    return { seq: this.seq, hash: this.hash.copy().digest('hex') };
  }
}

/** Adds the stored journal rows after the folder's seq (up to `toSeq`, or all). */
export function foldStoredRows(
  sqlite: Database.Database,
  folder: JournalFolder,
  toSeq = Number.MAX_SAFE_INTEGER,
): void {
  // Pages of all() rather than one iterate(): stepping an iterator costs ~1.5x as much per row.
  const page = JOURNAL_PAGE.on(sqlite);
  for (let rows = page.all(folder.seq, toSeq); rows.length > 0; rows = page.all(folder.seq, toSeq)) {
    for (const row of rows) folder.add(row[0], row[1], row[2], row[3], row[4], row[5], row[6]);
    if (rows.length < FOLD_PAGE) return;
  }
}

const FOLD_PAGE = 4096;
const JOURNAL_PAGE = tupleRead<JournalRow, [afterSeq: number, toSeq: number]>(
  `SELECT seq, table_name, record_id, row_version, operation, changed_at, content_hash
  FROM change_journal WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ${FOLD_PAGE}`,
);

/** The head after folding the journal rows after `from.seq` (up to `toSeq`, or all) into `from.hash`. */
export function foldJournal(
  sqlite: Database.Database,
  from: JournalHead,
  toSeq = Number.MAX_SAFE_INTEGER,
): JournalHead {
  const folder = new JournalFolder(from);
  foldStoredRows(sqlite, folder, toSeq);
  return folder.head();
}
