// Where a package falls in its county's stream: next (apply), already applied (no change), after a gap
// (hold), or off the city's history - an old seq with another hash, a broken prevHash chain, or a new
// database incarnation (fork: stop; an administrator accepts a snapshot to resync). A package from an
// incarnation an accepted snapshot replaced is out of date (stale: refused, the stream runs on); the next
// package whose audit head does not extend the last applied one is refused (PKG_AUDIT_REWOUND).
import type Database from 'better-sqlite3';
import { inboxPackages } from '@db/schema';
import { valueRead } from '../../records/reads';
import type { PackageErrorCode, PackageHeader } from '../types';
import { auditRewound } from './auditHead';
import { isReplacedIncarnation } from './incarnations';
import { appliedHashAt, missingBefore, readStream, streamFork, type StreamState } from './stream';

const PRIOR_STATUS = valueRead<(typeof inboxPackages.$inferSelect)['status'], [packageId: string]>(
  'SELECT status FROM inbox_packages WHERE package_id = ?',
);

export type Decision =
  /** `replaces`: the incarnation an accepted snapshot leaves behind, when it changes. */
  | { action: 'apply'; next: StreamState; replaces: string | null }
  | { action: 'stale'; details: Record<string, unknown>; epoch: number }
  | {
      action: 'refuse';
      code: Extract<PackageErrorCode, 'PKG_AUDIT_REWOUND'>;
      details: Record<string, unknown>;
      epoch: number;
    }
  | { action: 'already' }
  | { action: 'hold'; missing: number[]; epoch: number }
  | {
      action: 'fork';
      code: Extract<PackageErrorCode, 'PKG_REPLAY_MISMATCH' | 'PKG_INCARNATION_CHANGED' | 'PKG_STREAM_FORKED'>;
      details: Record<string, unknown>;
      epoch: number;
    };

export function decide(
  sqlite: Database.Database,
  header: PackageHeader,
  packageHash: string,
  acceptSnapshot: boolean,
): Decision {
  const sender = header.sender.officeCode;
  const prior = PRIOR_STATUS.on(sqlite).get(header.packageId);
  if (prior === 'applied') return { action: 'already' };
  const stream = readStream(sqlite, sender);
  const incarnationId = header.sender.incarnationId;
  const following = (epoch: number): StreamState => ({
    epoch,
    lastSeq: header.seq,
    lastHash: packageHash,
    incarnationId,
    auditSeq: header.audit?.seq ?? null,
    auditHash: header.audit?.hash ?? null,
  });
  if (acceptSnapshot && header.kind === 'snapshot') {
    const replaces = stream && stream.incarnationId !== incarnationId ? stream.incarnationId : null;
    return { action: 'apply', next: following((stream?.epoch ?? 0) + 1), replaces };
  }
  if (!stream) {
    return header.seq === 1
      ? { action: 'apply', next: following(1), replaces: null }
      : { action: 'hold', missing: missingBefore(sqlite, sender, 0, header.seq), epoch: 0 };
  }
  const fork = (code: Extract<Decision, { action: 'fork' }>['code'], details: Record<string, unknown>): Decision => ({
    action: 'fork',
    code,
    details,
    epoch: stream.epoch,
  });
  if (stream.incarnationId !== incarnationId) {
    if (isReplacedIncarnation(sqlite, sender, incarnationId))
      return { action: 'stale', details: { seq: header.seq }, epoch: stream.epoch };
    return fork('PKG_INCARNATION_CHANGED', { lastSeq: stream.lastSeq, seq: header.seq });
  }
  if (header.seq <= stream.lastSeq) {
    const applied = appliedHashAt(sqlite, sender, stream.epoch, header.seq);
    // No package at that seq in this epoch: it comes before an accepted snapshot, which holds it already.
    if (applied === undefined || applied === packageHash) return { action: 'already' };
    return fork('PKG_REPLAY_MISMATCH', { seq: header.seq, lastSeq: stream.lastSeq });
  }
  const stopped = streamFork(sqlite, sender, stream.epoch);
  if (stopped)
    return fork('PKG_STREAM_FORKED', { forkSeq: stopped.seq, forkCode: stopped.reason, lastSeq: stream.lastSeq });
  if (header.seq === stream.lastSeq + 1) {
    if (header.prevHash !== stream.lastHash)
      return fork('PKG_REPLAY_MISMATCH', { seq: header.seq, lastSeq: stream.lastSeq, chain: 'prevHash' });
    const rewound = auditRewound(stream, header);
    if (rewound) return { action: 'refuse', code: 'PKG_AUDIT_REWOUND', details: rewound, epoch: stream.epoch };
    return { action: 'apply', next: following(stream.epoch), replaces: null };
  }
  return { action: 'hold', missing: missingBefore(sqlite, sender, stream.lastSeq, header.seq), epoch: stream.epoch };
}
