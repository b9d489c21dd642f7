// The audit heads a package carries upward: this office's chain head now, and the entry its chain holds now
// at the seq of the head its previous package to the same recipient carried (priorAudit). The city keeps
// the head of each applied package and refuses a later one whose priorAudit is not that head (PKG_AUDIT_REWOUND),
// so a chain cut or rewritten after a package left cannot go unnoticed.
import type Database from 'better-sqlite3';
import { GENESIS_HASH } from '../../audit/chain';
import type { AuditHead } from '../types';

export function currentAuditHead(sqlite: Database.Database): AuditHead {
  const last = sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    AuditHead | undefined;
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

/** The entry now at the head the last package to `recipient` carried; a missing one is sent as the genesis hash (no match). */
export function priorAuditHead(sqlite: Database.Database, recipient: string): AuditHead | null {
  const sent = sqlite
    .prepare(
      `SELECT audit_seq FROM outbox_packages WHERE recipient = ? AND audit_seq IS NOT NULL
    ORDER BY seq DESC LIMIT 1`,
    )
    .pluck()
    .get(recipient) as number | undefined;
  if (sent === undefined) return null;
  const hash = sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(sent) as string | undefined;
  return { seq: sent, hash: hash ?? GENESIS_HASH };
}
