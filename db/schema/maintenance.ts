// Database upkeep that must survive a crash: sort indexes dropped for a large import, to be built again.
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A sort index dropped while a batch of large packages was applied, committed with the first of them. It is
 * built again (from create_sql) once the batch is done, or when the app next starts if it stopped first.
 */
export const deferredIndexes = sqliteTable('deferred_indexes', {
  name: text('name').primaryKey(),
  tableName: text('table_name').notNull(),
  createSql: text('create_sql').notNull(),
  droppedAt: text('dropped_at').notNull(),
});
