// Each county's stream as the city follows it: the last package of the unbroken run, and whether the
// stream stopped at a fork (a forked package recorded in the current epoch).
import type Database from 'better-sqlite3';
import { inboxPackages, inboxStreams } from '@db/schema';
import { rowRead, valueRead } from '../../records/reads';
import { cachedStatement } from '../../records/statements';

/** A stream's position; auditSeq/auditHash: the audit head of the last applied package (null: it carried none). */
export type StreamState = Pick<
  typeof inboxStreams.$inferSelect,
  'epoch' | 'lastSeq' | 'lastHash' | 'incarnationId' | 'auditSeq' | 'auditHash'
>;

const STREAM = rowRead<StreamState, [sender: string]>(
  `SELECT epoch, last_seq AS lastSeq, last_hash AS lastHash, incarnation_id AS incarnationId,
  audit_seq AS auditSeq, audit_hash AS auditHash FROM inbox_streams WHERE sender_office_code = ?`,
);
const FORK = rowRead<
  Pick<typeof inboxPackages.$inferSelect, 'packageId' | 'seq'> & { reason: string },
  [sender: string, epoch: number]
>(
  `SELECT package_id AS packageId, seq, reason FROM inbox_packages
  WHERE sender_office_code = ? AND epoch = ? AND status = 'forked' ORDER BY received_at LIMIT 1`,
);
const HELD_BETWEEN = valueRead<number, [sender: string, after: number, before: number]>(
  `SELECT seq FROM inbox_packages WHERE sender_office_code = ? AND status = 'held' AND seq > ? AND seq < ?`,
);
const APPLIED_HASH = valueRead<string, [sender: string, epoch: number, seq: number]>(
  `SELECT package_hash FROM inbox_packages WHERE sender_office_code = ? AND epoch = ? AND seq = ?
  AND status = 'applied'`,
);

export function readStream(sqlite: Database.Database, sender: string): StreamState | undefined {
  return STREAM.on(sqlite).get(sender);
}

export function advanceStream(sqlite: Database.Database, sender: string, next: StreamState, at: string): void {
  cachedStatement(
    sqlite,
    `INSERT INTO inbox_streams (sender_office_code, epoch, last_seq, last_hash, incarnation_id, audit_seq,
    audit_hash, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sender_office_code) DO UPDATE SET epoch = excluded.epoch,
    last_seq = excluded.last_seq, last_hash = excluded.last_hash, incarnation_id = excluded.incarnation_id,
    audit_seq = excluded.audit_seq, audit_hash = excluded.audit_hash, updated_at = excluded.updated_at`,
  ).run(sender, next.epoch, next.lastSeq, next.lastHash, next.incarnationId, next.auditSeq, next.auditHash, at);
}

/** The fork that stopped this stream in its current epoch, if any. */
export function streamFork(
  sqlite: Database.Database,
  sender: string,
  epoch: number,
): { packageId: string; seq: number; reason: string } | undefined {
  return FORK.on(sqlite).get(sender, epoch);
}

/** Sequence numbers after `lastSeq` and before `seq` that are not held either. */
export function missingBefore(sqlite: Database.Database, sender: string, lastSeq: number, seq: number): number[] {
  const held = new Set(HELD_BETWEEN.on(sqlite).all(sender, lastSeq, seq));
  const missing: number[] = [];
  for (let s = lastSeq + 1; s < seq && missing.length < 1000; s++) if (!held.has(s)) missing.push(s);
  return missing;
}

export function appliedHashAt(
  sqlite: Database.Database,
  sender: string,
  epoch: number,
  seq: number,
): string | undefined {
  return APPLIED_HASH.on(sqlite).get(sender, epoch, seq);
}
