// Per-column filters of the people grid (text contains, choice list, date range, number range, ID number):
// the allow-list of columns for each kind and the zod schema the contract checks. A column name never reaches
// SQL from the caller; core/people/columnFilters.ts maps these names to SQL columns.
import { z } from 'zod';

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

export const columnFilter = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contains'), column: z.enum(CONTAINS_COLUMNS), text: z.string().min(1).max(100) }),
  /** null among the values: the blank cells. */
  z.object({
    kind: z.literal('choice'),
    column: z.enum(CHOICE_COLUMNS),
    values: z.array(z.string().max(100).nullable()).min(1).max(200),
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
]);

export const columnFilters = z.array(columnFilter).max(20);
export type ColumnFilter = z.output<typeof columnFilter>;
