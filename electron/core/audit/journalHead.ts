// The change journal's running hash, recorded in audit entries: each audit entry names the journal's last
// seq and the hash of every journal row up to it, folded on from the previous entry's head. The journal
// therefore cannot be rewritten (a row's content hash changed, a row removed) without breaking the audit
// chain, and `db check` recomputes the same fold between consecutive heads.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { cachedStatement } from '../records/statements';

export interface JournalHead { seq: number; hash: string }

export const JOURNAL_START: JournalHead = { seq: 0, hash: '0'.repeat(64) };

type JournalRow = [number, string, string, number, string, string, string | null];

/** The head after folding the journal rows after `from.seq` (up to `toSeq`, or all) into `from.hash`. */
export function foldJournal(sqlite: Database.Database, from: JournalHead, toSeq = Number.MAX_SAFE_INTEGER): JournalHead {
  const rows = cachedStatement(sqlite, `SELECT seq, table_name, record_id, row_version, operation, changed_at, content_hash
    FROM change_journal WHERE seq > ? AND seq <= ? ORDER BY seq`).raw().iterate(from.seq, toSeq) as IterableIterator<JournalRow>;
  const hash = createHash('sha256').update(from.hash);
  let seq = from.seq;
  let pending = ''; // hashed in pieces of about 64 KB: one native call per row would cost more than the hashing
  for (const [rowSeq, table, id, rowVersion, operation, changedAt, contentHash] of rows) {
    pending += `\n${rowSeq}\u0001${table}\u0001${id}\u0001${rowVersion}\u0001${operation}\u0001${changedAt}\u0001${contentHash ?? ''}`;
    if (pending.length > 65_536) { hash.update(pending); pending = ''; }
    seq = rowSeq;
  }
  hash.update(pending);
  return seq === from.seq ? from : { seq, hash: hash.digest('hex') };
}
