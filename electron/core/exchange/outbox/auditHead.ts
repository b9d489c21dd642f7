// The audit heads a package carries upward: this office's chain head now, and the entry its chain holds now
// at the seq of the head its previous package to the same recipient carried (priorAudit). The city keeps
// the head of each applied package and refuses a later one whose priorAudit is not that head (PKG_AUDIT_REWOUND),
// so a chain cut or rewritten after a package left cannot go unnoticed.
import type Database from 'better-sqlite3';
import { GENESIS_HASH } from '../../audit/chain';
import { rowRead, valueRead } from '../../records/reads';
import type { AuditHead } from '../types';

const LAST_ENTRY = rowRead<AuditHead>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
const LAST_SENT_AUDIT_SEQ = valueRead<number, [recipient: string]>(
  'SELECT audit_seq FROM outbox_packages WHERE recipient = ? AND audit_seq IS NOT NULL ORDER BY seq DESC LIMIT 1',
);
const ENTRY_HASH = valueRead<string, [seq: number]>('SELECT hash FROM audit_log WHERE seq = ?');

export function currentAuditHead(sqlite: Database.Database): AuditHead {
  const last = LAST_ENTRY.on(sqlite).get();
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

/** The entry now at the head the last package to `recipient` carried; a missing one is sent as the genesis hash (no match). */
export function priorAuditHead(sqlite: Database.Database, recipient: string): AuditHead | null {
  const sent = LAST_SENT_AUDIT_SEQ.on(sqlite).get(recipient);
  if (sent === undefined) return null;
  const hash = ENTRY_HASH.on(sqlite).get(sent);
  return { seq: sent, hash: hash ?? GENESIS_HASH };
}
