// The inbox page: each county's stream (last seq, gaps before held packages, a fork that stopped it)
// and the packages received, newest first.
import type { InboxList, InboxPackageRow, InboxStreamRow } from '@core/exchange/inbox/contract';
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../records/statements';
import { trustLookup } from '../keys';
import { missingBefore, streamFork } from './stream';

interface PackageRecord {
  packageId: string;
  sender: string;
  seq: number;
  epoch: number;
  kind: InboxPackageRow['kind'];
  packageHash: string;
  status: InboxPackageRow['status'];
  reason: string | null;
  details: string | null;
  counts: string;
  summary: string | null;
  receivedAt: string;
  receivedBy: string;
  appliedAt: string | null;
  appliedBy: string | null;
  heldFiles: string | null;
}

const json = <T>(text: string | null): T | null => (text ? (JSON.parse(text) as T) : null);

export function listInbox(ctx: CoreContext, limit = 500): InboxList {
  const sqlite = ctx.store.sqlite;
  const trust = trustLookup(ctx.store);
  const nameOf = (code: string) => trust.office(code)?.name ?? null;
  const records = cachedStatement(
    sqlite,
    `SELECT package_id AS packageId, sender_office_code AS sender, seq, epoch, kind,
    package_hash AS packageHash, status, reason, details, counts, summary, received_at AS receivedAt, received_by AS receivedBy,
    applied_at AS appliedAt, applied_by AS appliedBy, held_files AS heldFiles FROM inbox_packages
    ORDER BY received_at DESC, seq DESC LIMIT ?`,
  ).all(limit) as PackageRecord[];
  const packages: InboxPackageRow[] = records.map(({ heldFiles, details, counts, summary, ...r }) => ({
    ...r,
    senderName: nameOf(r.sender),
    details: json(details),
    counts: json(counts) ?? {},
    summary: json(summary),
    canAcceptSnapshot: r.kind === 'snapshot' && r.status !== 'applied' && heldFiles !== null,
  }));
  return { streams: listStreams(ctx, nameOf), packages };
}

function listStreams(ctx: CoreContext, nameOf: (code: string) => string | null): InboxStreamRow[] {
  const sqlite = ctx.store.sqlite;
  const senders = cachedStatement(sqlite, `SELECT DISTINCT sender_office_code FROM inbox_packages ORDER BY 1`)
    .pluck()
    .all() as string[];
  return senders.map((sender) => {
    const stream = cachedStatement(
      sqlite,
      `SELECT epoch, last_seq AS lastSeq, incarnation_id AS incarnationId, updated_at AS updatedAt
      FROM inbox_streams WHERE sender_office_code = ?`,
    ).get(sender) as { epoch: number; lastSeq: number; incarnationId: string; updatedAt: string } | undefined;
    const lastSeq = stream?.lastSeq ?? 0;
    const highestHeld = cachedStatement(
      sqlite,
      `SELECT max(seq) FROM inbox_packages WHERE sender_office_code = ? AND status = 'held'`,
    )
      .pluck()
      .get(sender) as number | null;
    const held = cachedStatement(
      sqlite,
      `SELECT count(*) FROM inbox_packages WHERE sender_office_code = ? AND status = 'held'`,
    )
      .pluck()
      .get(sender) as number;
    const fork = streamFork(sqlite, sender, stream?.epoch ?? 0);
    return {
      sender,
      senderName: nameOf(sender),
      lastSeq,
      epoch: stream?.epoch ?? 0,
      incarnationId: stream?.incarnationId ?? '',
      updatedAt: stream?.updatedAt ?? '',
      held,
      missing: highestHeld ? missingBefore(sqlite, sender, lastSeq, highestHeld) : [],
      fork: fork?.reason ?? null,
    };
  });
}
