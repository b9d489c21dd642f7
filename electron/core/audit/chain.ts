// The append-only audit log. Each entry carries the hash of the one before it, so an edited,
// inserted or removed row breaks the chain at the first place it was touched.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { actorName, nowIso, type CoreContext } from '../context';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  method: string;
  tableName?: string | null;
  recordId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

interface StoredEntry {
  seq: number; at: string; userId: string | null; username: string | null; method: string;
  tableName: string | null; recordId: string | null; before: string | null; after: string | null;
  prevHash: string; hash: string;
}

export function entryHash(prevHash: string, e: Omit<StoredEntry, 'seq' | 'prevHash' | 'hash'>): string {
  const body = JSON.stringify([e.at, e.userId, e.username, e.method, e.tableName, e.recordId, e.before, e.after]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

function lastHash(sqlite: Database.Database): string {
  const row = sqlite.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string | undefined;
  return row ?? GENESIS_HASH;
}

/** Appends one entry; call inside the transaction that makes the change. */
export function appendAudit(ctx: CoreContext, entry: AuditEntry): void {
  const sqlite = ctx.store.sqlite;
  const row = {
    at: nowIso(ctx),
    userId: ctx.actor?.userId ?? null,
    username: ctx.actor ? ctx.actor.username : actorName(ctx),
    method: entry.method,
    tableName: entry.tableName ?? null,
    recordId: entry.recordId ?? null,
    before: entry.before ? JSON.stringify(entry.before) : null,
    after: entry.after ? JSON.stringify(entry.after) : null,
  };
  const prevHash = lastHash(sqlite);
  sqlite.prepare(`INSERT INTO audit_log (at, user_id, username, method, table_name, record_id, before, after, prev_hash, hash)
    VALUES (@at, @userId, @username, @method, @tableName, @recordId, @before, @after, @prevHash, @hash)`)
    .run({ ...row, prevHash, hash: entryHash(prevHash, row) });
}

export interface ChainCheck { ok: boolean; entries: number; firstBrokenSeq: number | null }

export function verifyAuditChain(sqlite: Database.Database): ChainCheck {
  let prev = GENESIS_HASH;
  let entries = 0;
  const rows = sqlite.prepare(`SELECT seq, at, user_id AS userId, username, method, table_name AS tableName,
    record_id AS recordId, before, after, prev_hash AS prevHash, hash FROM audit_log ORDER BY seq`).iterate() as IterableIterator<StoredEntry>;
  for (const row of rows) {
    entries++;
    if (row.prevHash !== prev || entryHash(prev, row) !== row.hash) return { ok: false, entries, firstBrokenSeq: row.seq };
    prev = row.hash;
  }
  return { ok: true, entries, firstBrokenSeq: null };
}
