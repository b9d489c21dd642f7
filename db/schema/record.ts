// Columns every business record carries: identity, owner, entry times, authors, version, void state.
// Business records are never deleted; they are voided with who, when and why.
import { integer, text } from 'drizzle-orm/sqlite-core';

export function recordColumns() {
  return {
    id: text('id').primaryKey(),
    officeCode: text('office_code').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by').notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    voided: integer('voided', { mode: 'boolean' }).notNull().default(false),
    voidedAt: text('voided_at'),
    voidedBy: text('voided_by'),
    voidReason: text('void_reason'),
  };
}
