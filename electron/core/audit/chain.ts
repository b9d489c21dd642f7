// The append-only audit log. Each entry carries the hash of the one before it, so an edited,
// inserted or removed row breaks the chain at the first place it was touched. Each entry also carries the
// change journal's head (journalHead.ts) inside its hash, and no full ID number (redact.ts).
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { auditLog } from '@db/schema';
import { actorName, nowIso, type CoreContext } from '../context';
import { rowRead } from '../records/reads';
import { cachedStatement } from '../records/statements';
import { foldJournal, JOURNAL_START } from './journalHead';
import { redactFields } from './redact';
import { takeRunningHead } from './runningFold';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  method: string;
  tableName?: string | null;
  recordId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** An entry as stored; journalSeq and journalHash are null in entries written before the journal head was recorded. */
export type StoredEntry = typeof auditLog.$inferSelect;

export function entryHash(prevHash: string, e: Omit<StoredEntry, 'seq' | 'prevHash' | 'hash'>): string {
  const fields: unknown[] = [e.at, e.userId, e.username, e.method, e.tableName, e.recordId, e.before, e.after];
  if (e.journalSeq !== null && e.journalSeq !== undefined) fields.push(e.journalSeq, e.journalHash);
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

const LAST_ENTRY = rowRead<Pick<StoredEntry, 'hash' | 'journalSeq' | 'journalHash'>>(
  `SELECT hash, journal_seq AS journalSeq, journal_hash AS journalHash FROM audit_log
  ORDER BY seq DESC LIMIT 1`,
);

/** Appends one entry; call inside the transaction that makes the change. */
export function appendAudit(ctx: CoreContext, entry: AuditEntry): void {
  const sqlite = ctx.store.sqlite;
  const at = nowIso(ctx);
  const last = LAST_ENTRY.on(sqlite).get();
  const from = last?.journalSeq != null ? { seq: last.journalSeq, hash: last.journalHash! } : JOURNAL_START;
  const journal = takeRunningHead(sqlite, from) ?? foldJournal(sqlite, from);
  const row = {
    at,
    userId: ctx.actor?.userId ?? null,
    username: ctx.actor ? ctx.actor.username : actorName(ctx),
    method: entry.method,
    tableName: entry.tableName ?? null,
    recordId: entry.recordId ?? null,
    before: entry.before ? JSON.stringify(redactFields(sqlite, entry.before, at)) : null,
    after: entry.after ? JSON.stringify(redactFields(sqlite, entry.after, at)) : null,
    journalSeq: journal.seq,
    journalHash: journal.hash,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  cachedStatement(
    sqlite,
    `INSERT INTO audit_log (at, user_id, username, method, table_name, record_id, before, after, prev_hash, hash,
    journal_seq, journal_hash) VALUES (@at, @userId, @username, @method, @tableName, @recordId, @before, @after, @prevHash, @hash,
    @journalSeq, @journalHash)`,
  ).run({ ...row, prevHash, hash: entryHash(prevHash, row) });
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  firstBrokenSeq: number | null;
}

/** Every entry as stored, in chain order. */
export const STORED_ENTRIES = rowRead<StoredEntry>(
  `SELECT seq, at, user_id AS userId, username, method, table_name AS tableName, record_id AS recordId, before, after,
  prev_hash AS prevHash, hash, journal_seq AS journalSeq, journal_hash AS journalHash FROM audit_log ORDER BY seq`,
);

/** Walks the chain from the genesis hash; `each` sees every entry whose link holds. */
export function verifyAuditChain(sqlite: Database.Database, each?: (entry: StoredEntry) => void): ChainCheck {
  let prev = GENESIS_HASH;
  let entries = 0;
  for (const row of STORED_ENTRIES.fresh(sqlite).iterate()) {
    entries++;
    if (row.prevHash !== prev || entryHash(prev, row) !== row.hash)
      return { ok: false, entries, firstBrokenSeq: row.seq };
    each?.(row);
    prev = row.hash;
  }
  return { ok: true, entries, firstBrokenSeq: null };
}
