// The office this database belongs to, and the people who may sign in to it.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { OFFICE_ROLES } from '../../rules/office';

/** Exactly one row: the office set up at first run. */
export const office = sqliteTable('office', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: OFFICE_ROLES }).notNull(),
  incarnationId: text('incarnation_id').notNull(),
  createdAt: text('created_at').notNull(),
});

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  roles: text('roles').notNull(), // comma-separated role names
  passwordHash: text('password_hash').notNull(), // scrypt$N$r$p$salt$hash
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: text('locked_until'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
