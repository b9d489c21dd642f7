// The city's inbox: every package received from a county (applied, held for a gap, rejected, or refused as a
// fork), each county's stream position, the review list of records not applied silently, and the receipts
// sent back. Refused files that fail verification are not recorded: nothing in them can be trusted.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const INBOX_STATUSES = ['applied', 'held', 'rejected', 'forked', 'stale'] as const;

export const inboxPackages = sqliteTable(
  'inbox_packages',
  {
    packageId: text('package_id').primaryKey(),
    senderOfficeCode: text('sender_office_code').notNull(),
    senderIncarnationId: text('sender_incarnation_id').notNull(),
    /** The stream epoch when received: a snapshot accepted after a fork starts a new epoch. */
    epoch: integer('epoch').notNull(),
    seq: integer('seq').notNull(),
    packageHash: text('package_hash').notNull(),
    prevHash: text('prev_hash'),
    kind: text('kind', { enum: ['delta', 'snapshot', 'receipt'] }).notNull(),
    /** JSON: the header's records per table. */
    counts: text('counts').notNull(),
    /** JSON: per table new/updated/unchanged/voided/conflicts, once applied. */
    summary: text('summary'),
    status: text('status', { enum: INBOX_STATUSES }).notNull(),
    /** Why held, rejected, forked or stale: a PKG_* code. */
    reason: text('reason'),
    details: text('details'),
    /** JSON array: the package's files kept in the data folder's inbox/ until applied or accepted. */
    heldFiles: text('held_files'),
    fileNames: text('file_names').notNull(),
    receivedAt: text('received_at').notNull(),
    receivedBy: text('received_by').notNull(),
    appliedAt: text('applied_at'),
    appliedBy: text('applied_by'),
  },
  (t) => [
    index('inbox_packages_stream').on(t.senderOfficeCode, t.epoch, t.seq),
    index('inbox_packages_received').on(t.receivedAt),
  ],
);

/** One row per county: the last package of the unbroken run from seq 1 (or from an accepted snapshot). */
export const inboxStreams = sqliteTable('inbox_streams', {
  senderOfficeCode: text('sender_office_code').primaryKey(),
  epoch: integer('epoch').notNull(),
  lastSeq: integer('last_seq').notNull(),
  lastHash: text('last_hash').notNull(),
  incarnationId: text('incarnation_id').notNull(),
  /** The county's audit head in the last applied package: a later package's chain must extend it. */
  auditSeq: integer('audit_seq'),
  auditHash: text('audit_hash'),
  updatedAt: text('updated_at').notNull(),
});

/** Incarnations of a county that an accepted snapshot replaced: their packages are out of date, not a fork. */
export const inboxReplacedIncarnations = sqliteTable(
  'inbox_replaced_incarnations',
  {
    senderOfficeCode: text('sender_office_code').notNull(),
    incarnationId: text('incarnation_id').notNull(),
    replacedBy: text('replaced_by').notNull(), // the snapshot's package id
    replacedAt: text('replaced_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.senderOfficeCode, t.incarnationId] })],
);

export const REVIEW_STATUSES = ['open', 'applied', 'dismissed'] as const;

/** County records the city did not apply silently: an ID number live in two counties, a lower row_version. */
export const inboxReview = sqliteTable(
  'inbox_review',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    packageId: text('package_id').notNull(),
    senderOfficeCode: text('sender_office_code').notNull(),
    tableName: text('table_name').notNull(),
    recordId: text('record_id').notNull(),
    rowVersion: integer('row_version').notNull(),
    reason: text('reason').notNull(),
    details: text('details'),
    /** JSON of the ExchangeRecord as received, so a reviewer can apply it later. */
    record: text('record').notNull(),
    status: text('status', { enum: REVIEW_STATUSES }).notNull(),
    createdAt: text('created_at').notNull(),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by'),
  },
  (t) => [index('inbox_review_status').on(t.status, t.id), index('inbox_review_record').on(t.tableName, t.recordId)],
);

/** Receipts written by the city: their own stream per county (seq from 1, prevHash chained). */
export const receiptsSent = sqliteTable(
  'receipts_sent',
  {
    packageId: text('package_id').primaryKey(),
    recipientOfficeCode: text('recipient_office_code').notNull(),
    seq: integer('seq').notNull(),
    packageHash: text('package_hash').notNull(),
    lastContiguousSeq: integer('last_contiguous_seq').notNull(),
    fileNames: text('file_names').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [uniqueIndex('receipts_sent_stream').on(t.recipientOfficeCode, t.seq)],
);
