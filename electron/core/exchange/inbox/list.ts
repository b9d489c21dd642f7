// The inbox page: each county's stream (last seq, gaps before held packages, a fork that stopped it)
// and the packages received, newest first.
import type { InboxList, InboxPackageRow, InboxStreamRow } from '@core/exchange/inbox/contract';
import { inboxPackages, inboxStreams } from '@db/schema';
import type { CoreContext } from '../../context';
import { rowRead, valueRead } from '../../records/reads';
import { trustLookup } from '../keys';
import { missingBefore, streamFork } from './stream';

type PackageColumns = typeof inboxPackages.$inferSelect;
type PackageRecord = Pick<
  PackageColumns,
  | 'packageId'
  | 'seq'
  | 'epoch'
  | 'packageHash'
  | 'status'
  | 'reason'
  | 'details'
  | 'counts'
  | 'summary'
  | 'receivedAt'
  | 'receivedBy'
  | 'appliedAt'
  | 'appliedBy'
  | 'heldFiles'
> & { sender: string; kind: InboxPackageRow['kind'] };

const PACKAGES = rowRead<PackageRecord, [limit: number]>(
  `SELECT package_id AS packageId, sender_office_code AS sender, seq, epoch, kind,
  package_hash AS packageHash, status, reason, details, counts, summary, received_at AS receivedAt, received_by AS receivedBy,
  applied_at AS appliedAt, applied_by AS appliedBy, held_files AS heldFiles FROM inbox_packages
  ORDER BY received_at DESC, seq DESC LIMIT ?`,
);
const SENDERS = valueRead<string, []>(`SELECT DISTINCT sender_office_code FROM inbox_packages ORDER BY 1`);
const STREAM = rowRead<
  Pick<typeof inboxStreams.$inferSelect, 'epoch' | 'lastSeq' | 'incarnationId' | 'updatedAt'>,
  [sender: string]
>(
  `SELECT epoch, last_seq AS lastSeq, incarnation_id AS incarnationId, updated_at AS updatedAt
  FROM inbox_streams WHERE sender_office_code = ?`,
);
const HIGHEST_HELD = valueRead<number | null, [sender: string]>(
  `SELECT max(seq) FROM inbox_packages WHERE sender_office_code = ? AND status = 'held'`,
);
const HELD = valueRead<number, [sender: string]>(
  `SELECT count(*) FROM inbox_packages WHERE sender_office_code = ? AND status = 'held'`,
);

const json = <T>(text: string | null): T | null => (text ? (JSON.parse(text) as T) : null);

export function listInbox(ctx: CoreContext, limit = 500): InboxList {
  const sqlite = ctx.store.sqlite;
  const trust = trustLookup(ctx.store);
  const nameOf = (code: string) => trust.office(code)?.name ?? null;
  const records = PACKAGES.on(sqlite).all(limit);
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
  const senders = SENDERS.on(sqlite).all();
  return senders.map((sender) => {
    const stream = STREAM.on(sqlite).get(sender);
    const lastSeq = stream?.lastSeq ?? 0;
    const highestHeld = HIGHEST_HELD.on(sqlite).get(sender) ?? null;
    const held = HELD.on(sqlite).get(sender) ?? 0;
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
