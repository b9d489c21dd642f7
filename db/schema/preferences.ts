// What a user set up for themselves (grid columns, widths, order): theirs, kept across sign-ins, not business data.
import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const userPreferences = sqliteTable(
  'user_preferences',
  {
    userId: text('user_id').notNull(),
    key: text('key').notNull(), // e.g. "grid:people"
    value: text('value').notNull(), // JSON
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
