// The cities this county may send to, with what an incremental package and a snapshot would carry now,
// so the export wizard can say "123 records since the last acknowledged package" before writing anything.
import type { OutboxRecipient } from '@core/exchange/outbox/contract';
import { officeOf } from '../../accounts/office';
import type { CoreContext } from '../../context';
import { valueRead } from '../../records/reads';
import { packageTables } from '../export/optIn';
import { openRecordSnapshot, type Selection } from '../export/records';
import { listTrusted } from '../keys';
import { acknowledgedHighWater, nextInStream, snapshotRequired } from './store';

function countsOf(ctx: CoreContext, asked: Selection): Record<string, number> {
  const { tables, selection } = packageTables(ctx.store.sqlite, asked);
  const snapshot = openRecordSnapshot(ctx.store.file, selection);
  try {
    return Object.fromEntries(tables.map((t) => [t.name, snapshot.count(t.name)]));
  } finally {
    snapshot.close();
  }
}

const UNACKNOWLEDGED = valueRead<number, [recipient: string]>(
  `SELECT count(*) FROM outbox_packages WHERE recipient = ? AND status <> 'acknowledged'`,
);

export function outboxRecipients(ctx: CoreContext): OutboxRecipient[] {
  const office = officeOf(ctx);
  const sqlite = ctx.store.sqlite;
  const snapshotCounts = countsOf(ctx, { kind: 'snapshot' });
  return listTrusted(ctx.store)
    .filter((t) => t.role !== office.role)
    .map((t) => {
      const stream = nextInStream(sqlite, t.officeCode);
      const unacknowledged = UNACKNOWLEDGED.on(sqlite).get(t.officeCode) ?? 0;
      return {
        officeCode: t.officeCode,
        name: t.name,
        nextSeq: stream.seq,
        unacknowledged,
        snapshotRequired: snapshotRequired(sqlite, t.officeCode, office.incarnationId),
        deltaCounts: countsOf(ctx, {
          kind: 'delta',
          afterJournalSeq: acknowledgedHighWater(sqlite, t.officeCode),
        }),
        snapshotCounts,
      };
    });
}
