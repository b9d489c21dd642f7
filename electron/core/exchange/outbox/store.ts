// Reading and writing the outbox table: where the next package in a stream starts, and what each
// package is. Statuses change only through receipts (receipt.ts).
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { desc, eq } from 'drizzle-orm';
import type { OutboxEntry } from '@core/exchange/outbox/contract';
import { outboxPackages } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead, valueRead } from '../../records/reads';
import type { AuditHead } from '../types';
import { outboxDir } from './folder';

type OutboxRow = typeof outboxPackages.$inferSelect;

const LAST_IN_STREAM = rowRead<Pick<OutboxRow, 'seq' | 'packageHash'>, [recipient: string]>(
  `SELECT seq, package_hash AS packageHash FROM outbox_packages WHERE recipient = ? ORDER BY seq DESC LIMIT 1`,
);
const ACKNOWLEDGED_HIGH_WATER = valueRead<number, [recipient: string]>(
  `SELECT coalesce(max(journal_high_water), 0) FROM outbox_packages WHERE recipient = ? AND status = 'acknowledged'`,
);

/** Where the next package to `recipient` sits in the stream: its seq and the hash it chains to. */
export function nextInStream(sqlite: Database.Database, recipient: string): { seq: number; prevHash: string | null } {
  const last = LAST_IN_STREAM.on(sqlite).get(recipient);
  return { seq: (last?.seq ?? 0) + 1, prevHash: last?.packageHash ?? null };
}

/**
 * After a restore from backup (a new incarnation) the city has seen packages this copy does not know of, so
 * the stream continues only with a snapshot: until this incarnation has sent one, when it sent another before,
 * or when the audit log records a restore (the backup may predate every package).
 */
export function snapshotRequired(sqlite: Database.Database, recipient: string, incarnationId: string): boolean {
  const sentNow = sqlite
    .prepare('SELECT 1 FROM outbox_packages WHERE recipient = ? AND incarnation_id = ? LIMIT 1')
    .get(recipient, incarnationId);
  if (sentNow) return false;
  const sentBefore = sqlite.prepare('SELECT 1 FROM outbox_packages WHERE recipient = ? LIMIT 1').get(recipient);
  return (
    sentBefore !== undefined ||
    sqlite.prepare(`SELECT 1 FROM audit_log WHERE table_name = 'office' AND method = 'db.restore' LIMIT 1`).get() !==
      undefined
  );
}

/** The journal position every change up to which the city has acknowledged (0: nothing yet). */
export function acknowledgedHighWater(sqlite: Database.Database, recipient: string): number {
  return ACKNOWLEDGED_HIGH_WATER.on(sqlite).get(recipient) ?? 0;
}

export interface NewOutboxPackage {
  packageId: string;
  recipient: string;
  seq: number;
  packageHash: string;
  prevHash: string | null;
  kind: 'delta' | 'snapshot';
  incarnationId: string;
  journalHighWater: number;
  counts: Record<string, number>;
  bytes: number;
  files: string[];
  createdBy: string;
  createdAt: string;
  /** The audit head in the package's header. */
  audit: AuditHead;
}

export function insertOutboxPackage(sqlite: Database.Database, p: NewOutboxPackage): void {
  sqlite
    .prepare(
      `INSERT INTO outbox_packages (package_id, recipient, seq, package_hash, prev_hash, kind, incarnation_id,
    journal_high_water, counts, bytes, files, status, created_by, created_at, audit_seq, audit_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?)`,
    )
    .run(
      p.packageId,
      p.recipient,
      p.seq,
      p.packageHash,
      p.prevHash,
      p.kind,
      p.incarnationId,
      p.journalHighWater,
      JSON.stringify(p.counts),
      p.bytes,
      JSON.stringify(p.files),
      p.createdBy,
      p.createdAt,
      p.audit.seq,
      p.audit.hash,
    );
}

export function findOutboxRow(ctx: CoreContext, packageId: string): OutboxRow {
  const row = ctx.store.orm.select().from(outboxPackages).where(eq(outboxPackages.packageId, packageId)).get();
  return row ?? fail('OUTBOX_PACKAGE_NOT_FOUND', { packageId });
}

export function outboxFilePaths(ctx: CoreContext, row: Pick<OutboxRow, 'recipient' | 'files'>): string[] {
  const dir = outboxDir(ctx, row.recipient);
  return (JSON.parse(row.files) as string[]).map((name) => path.join(dir, name));
}

export function toOutboxEntry(ctx: CoreContext, row: OutboxRow): OutboxEntry {
  return {
    packageId: row.packageId,
    recipient: row.recipient,
    seq: row.seq,
    kind: row.kind,
    counts: JSON.parse(row.counts) as Record<string, number>,
    bytes: row.bytes,
    files: JSON.parse(row.files) as string[],
    status: row.status,
    statusCode: row.statusCode,
    statusReason: row.statusReason,
    missing: row.statusMissing ? (JSON.parse(row.statusMissing) as number[]) : [],
    receiptAt: row.receiptAt,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    filesPresent: outboxFilePaths(ctx, row).every((file) => fs.existsSync(file)),
  };
}

export function getOutboxEntry(ctx: CoreContext, packageId: string): OutboxEntry {
  return toOutboxEntry(ctx, findOutboxRow(ctx, packageId));
}

/** Every package, newest first. */
export function listOutbox(ctx: CoreContext, recipient?: string): OutboxEntry[] {
  const packages = ctx.store.orm.select().from(outboxPackages);
  const rows = recipient
    ? packages.where(eq(outboxPackages.recipient, recipient)).orderBy(desc(outboxPackages.seq)).all()
    : packages.orderBy(desc(outboxPackages.createdAt), desc(outboxPackages.seq)).all();
  return rows.map((row) => toOutboxEntry(ctx, row));
}
