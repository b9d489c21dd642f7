// The county's outbox: every package sent up to the city, and the receipts that came back.
// A package's files stay in the data folder's outbox/ until acknowledged, so any of them can be
// written to a USB stick again.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const OUTBOX_STATUSES = ['sent', 'acknowledged', 'held', 'rejected'] as const;

export const outboxPackages = sqliteTable(
  'outbox_packages',
  {
    packageId: text('package_id').primaryKey(),
    recipient: text('recipient').notNull(), // office code of the city
    seq: integer('seq').notNull(),
    packageHash: text('package_hash').notNull(),
    prevHash: text('prev_hash'),
    kind: text('kind', { enum: ['delta', 'snapshot'] }).notNull(),
    /** office.incarnation_id when written: after a restore from backup the next package must be a snapshot. */
    incarnationId: text('incarnation_id').notNull(),
    /** change_journal.seq up to which this package carries every change. */
    journalHighWater: integer('journal_high_water').notNull(),
    /** The audit log's head (seq and hash) in this package's header: the chain must still hold it. */
    auditSeq: integer('audit_seq'),
    auditHash: text('audit_hash'),
    counts: text('counts').notNull(), // JSON { table: records }
    bytes: integer('bytes').notNull(),
    files: text('files').notNull(), // JSON [file names in the outbox folder]
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('sent'),
    statusCode: text('status_code'), // the city's error code when held or rejected
    statusReason: text('status_reason'),
    /** Held: the seqs the city is missing before this one (JSON array). */
    statusMissing: text('status_missing'),
    receiptId: text('receipt_id'),
    receiptAt: text('receipt_at'),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('outbox_packages_stream').on(t.recipient, t.seq),
    index('outbox_packages_status').on(t.recipient, t.status, t.seq),
  ],
);

/** Receipts imported from the city, in the city -> county stream, so a receipt is applied once and in order. */
export const outboxReceipts = sqliteTable(
  'outbox_receipts',
  {
    receiptId: text('receipt_id').primaryKey(), // the receipt package's id
    sender: text('sender').notNull(), // the city
    seq: integer('seq').notNull(),
    packageHash: text('package_hash').notNull(),
    lastContiguousSeq: integer('last_contiguous_seq').notNull(),
    importedBy: text('imported_by').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [uniqueIndex('outbox_receipts_stream').on(t.sender, t.seq)],
);
