// The change journal (what changed, for upward packages) and the hash-chained audit log (who did what).
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const changeJournal = sqliteTable('change_journal', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  tableName: text('table_name').notNull(),
  recordId: text('record_id').notNull(),
  rowVersion: integer('row_version').notNull(),
  operation: text('operation', { enum: ['insert', 'update', 'void'] }).notNull(),
  changedAt: text('changed_at').notNull(),
  /** SHA-256 of the record's stored columns after the change (records/contentHash.ts); null in rows older than it. */
  contentHash: text('content_hash'),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: text('user_id'),
    username: text('username'),
    method: text('method').notNull(),
    tableName: text('table_name'),
    recordId: text('record_id'),
    before: text('before'), // JSON of the changed fields before, or null
    after: text('after'), // JSON of the changed fields after, or null
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** The change journal's head when this entry was written (seq and running hash), inside the entry's hash. */
    journalSeq: integer('journal_seq'),
    journalHash: text('journal_hash'),
  },
  (t) => [index('audit_log_record').on(t.tableName, t.recordId)],
);

/** Office-local secrets that never leave this database: the key of the audit log's keyed ID-number hashes. */
export const localKeys = sqliteTable('local_keys', {
  purpose: text('purpose').primaryKey(),
  key: text('key').notNull(), // hex
  createdAt: text('created_at').notNull(),
});
