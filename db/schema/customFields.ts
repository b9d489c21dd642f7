// Custom fields (自定义字段): the fields an administrator adds to a roster. A record's values live in its roster's
// custom_fields JSON column (people.custom_fields), keyed by the definition's stable key; a removed field is
// hidden, never deleted, so its values stay readable.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CUSTOM_FIELD_ROSTERS, CUSTOM_FIELD_TYPES } from '../../rules/customFields';
import { recordColumns } from './record';

export const customFields = sqliteTable(
  'custom_fields',
  {
    ...recordColumns(),
    roster: text('roster', { enum: CUSTOM_FIELD_ROSTERS }).notNull(),
    /** f1, f2 ... per office and roster, never reused. */
    key: text('key').notNull(),
    labelZh: text('label_zh').notNull(),
    labelEn: text('label_en').notNull(),
    type: text('type', { enum: CUSTOM_FIELD_TYPES }).notNull(),
    /** JSON array of the choices of a 'choice' field. */
    choices: text('choices').notNull().default('[]'),
    required: integer('required', { mode: 'boolean' }).notNull().default(false),
    /** Shown as a grid column, or only in the form. */
    inGrid: integer('in_grid', { mode: 'boolean' }).notNull().default(false),
    /** A removed field: its values are kept, it is no longer shown or filled. */
    hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('custom_fields_key').on(t.officeCode, t.roster, t.key)],
);
