// The change journal (what changed, for upward packages) and the hash-chained audit log (who did what).
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const changeJournal = sqliteTable('change_journal', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  tableName: text('table_name').notNull(),
  recordId: text('record_id').notNull(),
  rowVersion: integer('row_version').notNull(),
  operation: text('operation', { enum: ['insert', 'update', 'void'] }).notNull(),
  changedAt: text('changed_at').notNull(),
});

export const auditLog = sqliteTable('audit_log', {
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
}, (t) => [index('audit_log_record').on(t.tableName, t.recordId)]);
