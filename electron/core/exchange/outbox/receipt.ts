// A receipt from the city, imported on the county: the outbox learns which packages the city applied,
// holds for missing earlier ones, or refused. Receipts are cumulative, so an older one arriving late
// can only confirm acknowledgements, never undo them.
import fs from 'node:fs';
import { and, eq, max } from 'drizzle-orm';
import type { ReceiptImportResult } from '@core/exchange/outbox/contract';
import { outboxPackages, outboxReceipts } from '@db/schema';
import { officeOf } from '../../accounts/office';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { openPackage, PackageError, type OpenedPackage } from '../format';
import { loadKeyRing, trustLookup } from '../keys';
import { takeReceiptDirectory } from '../keys/directory';
import { receiptBodySchema, type ReceiptBody } from '../receipt';
import { outboxFilePaths } from './store';

export async function importReceipt(ctx: CoreContext, source: string[] | OpenedPackage): Promise<ReceiptImportResult> {
  const office = officeOf(ctx);
  if (office.role !== 'county') throw new PackageError('PKG_NOT_FOR_THIS_ROLE', { role: office.role, kind: 'receipt' });
  const opened = Array.isArray(source)
    ? await openPackage(source, { keys: loadKeyRing(ctx), trust: trustLookup(ctx.store) })
    : source;
  if (opened.header.kind !== 'receipt')
    throw new PackageError('PKG_NOT_FOR_THIS_ROLE', { role: office.role, kind: opened.header.kind });
  const body = await readBody(opened);
  if (body.county !== office.code) throw new PackageError('PKG_WRONG_RECIPIENT', { county: body.county });
  const result = applyReceipt(ctx, opened, body);
  removeAcknowledgedFiles(ctx, result.sender);
  return result;
}

/** An acknowledged package is never written again: its outbox files go once the receipt is committed. */
function removeAcknowledgedFiles(ctx: CoreContext, recipient: string): void {
  const rows = ctx.store.orm
    .select({ recipient: outboxPackages.recipient, files: outboxPackages.files })
    .from(outboxPackages)
    .where(and(eq(outboxPackages.recipient, recipient), eq(outboxPackages.status, 'acknowledged')))
    .all();
  for (const file of rows.flatMap((row) => outboxFilePaths(ctx, row))) fs.rmSync(file, { force: true });
}

async function readBody(opened: OpenedPackage): Promise<ReceiptBody> {
  const lines: unknown[] = [];
  for await (const line of opened.lines()) {
    lines.push(line);
    if (lines.length > 1) break;
  }
  const parsed = lines.length === 1 ? receiptBodySchema.safeParse(lines[0]) : null;
  if (!parsed?.success) fail('RECEIPT_INVALID', { lines: lines.length, issues: parsed?.error.issues.slice(0, 3) });
  return parsed.data;
}

function applyReceipt(ctx: CoreContext, opened: OpenedPackage, body: ReceiptBody): ReceiptImportResult {
  const { header, packageHash } = opened;
  const sender = header.sender.officeCode;
  const sqlite = ctx.store.sqlite;
  // commits in steps: a job - the receipt is opened and checked (async) first, then applied in this one step.
  return sqlite.transaction(() => {
    const result: ReceiptImportResult = {
      receiptId: header.packageId,
      sender,
      seq: header.seq,
      alreadyImported: false,
      lastContiguousSeq: body.lastContiguousSeq,
      acknowledged: 0,
      held: 0,
      rejected: 0,
    };
    const known = ctx.store.orm
      .select({ packageHash: outboxReceipts.packageHash })
      .from(outboxReceipts)
      .where(and(eq(outboxReceipts.sender, sender), eq(outboxReceipts.seq, header.seq)))
      .get();
    if (known) {
      if (known.packageHash !== packageHash) throw new PackageError('PKG_REPLAY_MISMATCH', { sender, seq: header.seq });
      return { ...result, alreadyImported: true };
    }
    const latest = ctx.store.orm
      .select({ seq: max(outboxReceipts.seq) })
      .from(outboxReceipts)
      .where(eq(outboxReceipts.sender, sender))
      .get();
    const newest = (latest?.seq ?? 0) < header.seq;
    const at = nowIso(ctx);
    result.acknowledged = acknowledge(ctx, sender, body, header.packageId, at);
    if (body.keyDirectory) result.keyDirectoryTaken = takeReceiptDirectory(ctx, body.keyDirectory);
    if (newest) {
      const mark =
        sqlite.prepare(`UPDATE outbox_packages SET status = ?, status_code = ?, status_reason = ?, status_missing = ?,
        receipt_id = ?, receipt_at = ? WHERE recipient = ? AND package_id = ? AND status <> 'acknowledged'`);
      for (const h of body.held) {
        result.held += mark.run(
          'held',
          'PKG_SEQUENCE_GAP',
          h.reason,
          JSON.stringify(h.missing),
          header.packageId,
          at,
          sender,
          h.packageId,
        ).changes;
      }
      for (const r of body.rejected) {
        if (r.packageId)
          result.rejected += mark.run(
            'rejected',
            r.code,
            r.reason,
            null,
            header.packageId,
            at,
            sender,
            r.packageId,
          ).changes;
      }
    }
    sqlite
      .prepare(
        `INSERT INTO outbox_receipts (receipt_id, sender, seq, package_hash, last_contiguous_seq, imported_by, imported_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(header.packageId, sender, header.seq, packageHash, body.lastContiguousSeq, actorName(ctx), at);
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'outbox_receipts',
      recordId: header.packageId,
      after: {
        sender,
        seq: header.seq,
        lastContiguousSeq: body.lastContiguousSeq,
        acknowledged: result.acknowledged,
        held: result.held,
        rejected: result.rejected,
      },
    });
    return result;
  })();
}

/**
 * Everything up to the last contiguous seq is acknowledged when the city's hash at that seq is ours
 * (the hash chain vouches for every earlier package); otherwise only the packages it names one by one.
 */
function acknowledge(ctx: CoreContext, sender: string, body: ReceiptBody, receiptId: string, at: string): number {
  const sqlite = ctx.store.sqlite;
  const ack = `UPDATE outbox_packages SET status = 'acknowledged', status_code = NULL, status_reason = NULL, status_missing = NULL,
    receipt_id = ?, receipt_at = ?
    WHERE recipient = ? AND status <> 'acknowledged'`;
  let changes = 0;
  const ours =
    body.lastContiguousSeq > 0 &&
    sqlite
      .prepare('SELECT 1 FROM outbox_packages WHERE recipient = ? AND seq = ? AND package_hash = ?')
      .get(sender, body.lastContiguousSeq, body.lastPackageHash) !== undefined;
  if (ours) changes += sqlite.prepare(`${ack} AND seq <= ?`).run(receiptId, at, sender, body.lastContiguousSeq).changes;
  const one = sqlite.prepare(`${ack} AND seq = ? AND package_hash = ?`);
  for (const a of body.applied) changes += one.run(receiptId, at, sender, a.seq, a.packageHash).changes;
  return changes;
}
