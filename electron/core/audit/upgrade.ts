// Entries written before this version may hold full ID numbers (and reversed ones). Once, when such a
// database is opened, they are rewritten in the audit log's redacted form (redact.ts) and the chain is
// recomputed from the first rewritten entry; a closing entry records how many were rewritten and the head
// the chain had before, so the rewrite itself stays on record. Done only while no package has carried a
// head of this chain upward: after that, a recomputed chain would no longer hold what the city keeps.
import type Database from 'better-sqlite3';
import type { Store } from '@db/open';
import { auditLog } from '@db/schema';
import { appendAudit, entryHash, GENESIS_HASH } from './chain';
import { redactFields } from './redact';

export const REDACT_METHOD = 'audit.redactIdNumbers';

function redacted(sqlite: Database.Database, json: string | null, at: string): string | null {
  return json === null ? null : JSON.stringify(redactFields(sqlite, JSON.parse(json) as Record<string, unknown>, at));
}

/** Rewrites older entries' ID numbers; returns how many entries changed. */
export function redactOlderEntries(store: Store, now: Date): number {
  const sqlite = store.sqlite;
  const older = sqlite.prepare('SELECT 1 FROM audit_log WHERE journal_seq IS NULL LIMIT 1').get();
  const done = sqlite.prepare('SELECT 1 FROM audit_log WHERE method = ? LIMIT 1').get(REDACT_METHOD);
  const headSent = sqlite.prepare('SELECT 1 FROM outbox_packages WHERE audit_seq IS NOT NULL LIMIT 1').get();
  if (!older || done || headSent) return 0;
  const at = now.toISOString();
  return sqlite.transaction(() => {
    const entries = store.orm.select().from(auditLog).orderBy(auditLog.seq).all();
    const previousHead = { seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash };
    const rewrite = sqlite.prepare('UPDATE audit_log SET before = ?, after = ?, prev_hash = ?, hash = ? WHERE seq = ?');
    let changed = 0;
    let prev = GENESIS_HASH;
    for (const entry of entries) {
      const next =
        entry.journalSeq == null
          ? { ...entry, before: redacted(sqlite, entry.before, at), after: redacted(sqlite, entry.after, at) }
          : entry;
      if (next.before !== entry.before || next.after !== entry.after) changed++;
      if (changed > 0) {
        next.hash = entryHash(prev, next);
        rewrite.run(next.before, next.after, prev, next.hash, entry.seq);
      }
      prev = next.hash;
    }
    appendAudit(
      { store, actor: null, method: REDACT_METHOD, now: () => now },
      { method: REDACT_METHOD, after: { entries: changed, previousHead } },
    );
    return changed;
  })();
}
