// Per-column filters of the people grid (text contains, choice list, date range, number range, ID number):
// the allow-list of columns for each kind and the zod schema the contract checks. A column name never reaches
// SQL from the caller; core/people/columnFilters.ts maps these names to SQL columns.
import { z } from 'zod';
import { CUSTOM_FIELD_KEY, type CustomFieldKey } from '@rules/customFields';

export const CONTAINS_COLUMNS = [
  'name',
  'mobile',
  'phone',
  'township',
  'village',
  'workUnit',
  'notes',
  'createdBy',
] as const;
export const CHOICE_COLUMNS = ['gender', 'township', 'village', 'officeCode', 'createdBy'] as const;
export const DATE_COLUMNS = ['createdAt', 'updatedAt', 'birthDate'] as const;
export const NUMBER_COLUMNS = ['rowVersion'] as const;
/** Columns the 分组计数 table may count by: the choice columns. */
export const GROUP_COLUMNS = CHOICE_COLUMNS;
export type GroupColumn = (typeof GROUP_COLUMNS)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A custom field's key (f1): it names a JSON path in SQL, so only this form passes. */
export const customFieldKey = z.custom<CustomFieldKey>((v) => typeof v === 'string' && CUSTOM_FIELD_KEY.test(v));
const choiceValues = z.array(z.string().max(100).nullable()).min(1).max(200);

/** A custom field's filter, by the field's type: text contains, choices, a number or date range, yes/no. */
export const customMatch = z.discriminatedUnion('op', [
  z.object({ op: z.literal('contains'), text: z.string().min(1).max(100) }),
  z.object({ op: z.literal('choice'), values: choiceValues }),
  z.object({ op: z.literal('numberRange'), min: z.number().optional(), max: z.number().optional() }),
  z.object({ op: z.literal('dateRange'), from: day.optional(), to: day.optional() }),
  /** null: the blank cells. */
  z.object({ op: z.literal('yesno'), values: z.array(z.boolean().nullable()).min(1).max(3) }),
]);

export const columnFilter = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contains'), column: z.enum(CONTAINS_COLUMNS), text: z.string().min(1).max(100) }),
  /** null among the values: the blank cells. */
  z.object({
    kind: z.literal('choice'),
    column: z.enum(CHOICE_COLUMNS),
    values: choiceValues,
  }),
  /** Local calendar days, inclusive; for the time-stamp columns the renderer sends its time-zone offset. */
  z.object({
    kind: z.literal('dateRange'),
    column: z.enum(DATE_COLUMNS),
    from: day.optional(),
    to: day.optional(),
    utcOffsetMinutes: z.number().int().min(-900).max(900).optional(),
  }),
  z.object({
    kind: z.literal('numberRange'),
    column: z.enum(NUMBER_COLUMNS),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  }),
  /** The tail of the ID number, or the whole number; masked users get only what the mask shows. */
  z.object({ kind: z.literal('idNumber'), text: z.string().min(1).max(18) }),
  z.object({ kind: z.literal('custom'), key: customFieldKey, match: customMatch }),
]);

export const columnFilters = z.array(columnFilter).max(20);
export type ColumnFilter = z.output<typeof columnFilter>;
export type CustomFieldMatch = z.output<typeof customMatch>;
