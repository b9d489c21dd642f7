// Custom fields: everyone who reads a roster reads its field definitions; only an administrator adds, edits or
// hides a field.
import { z } from 'zod';
import { ADMINS, method, officeCode, READERS, text } from '@api/method';
import {
  CUSTOM_CHOICE_MAX,
  CUSTOM_CHOICES_MAX,
  CUSTOM_FIELD_KEY,
  CUSTOM_FIELD_ROSTERS,
  CUSTOM_FIELD_TYPES,
  CUSTOM_FIELDS_PER_ROSTER,
  CUSTOM_LABEL_MAX,
  CUSTOM_TEXT_MAX,
} from '@rules/customFields';
import type { CustomFieldRow } from './contract';

/** A record's values by field key (null clears one), as a roster's create and update take them. */
export const customValuesInput = z
  .record(z.string().regex(CUSTOM_FIELD_KEY), z.union([text(CUSTOM_TEXT_MAX * 2), z.number(), z.boolean(), z.null()]))
  .refine((values) => Object.keys(values).length <= CUSTOM_FIELDS_PER_ROSTER)
  .nullish();

const roster = z.enum(CUSTOM_FIELD_ROSTERS);
const patch = z.object({
  labelZh: text(CUSTOM_LABEL_MAX).optional(),
  labelEn: text(CUSTOM_LABEL_MAX * 2).optional(),
  choices: z.array(text(CUSTOM_CHOICE_MAX)).max(CUSTOM_CHOICES_MAX).optional(),
  required: z.boolean().optional(),
  inGrid: z.boolean().optional(),
  hidden: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});

export const customFieldMethods = {
  /** A roster's fields, hidden ones too when asked; in the city, a county's fields by its office code. */
  'customFields.list': method<CustomFieldRow[]>()({
    effect: 'read',
    input: z.object({ roster, officeCode: officeCode.optional(), includeHidden: z.boolean().optional() }),
    access: [...READERS, 'trainer'],
  }),
  'customFields.create': method<CustomFieldRow>()({
    effect: 'write',
    input: patch.extend({
      roster,
      labelZh: text(CUSTOM_LABEL_MAX),
      labelEn: text(CUSTOM_LABEL_MAX * 2),
      type: z.enum(CUSTOM_FIELD_TYPES),
    }),
    access: ADMINS,
  }),
  'customFields.update': method<CustomFieldRow>()({
    effect: 'write',
    input: z.object({ id: z.uuid(), rowVersion: z.number().int().min(1), patch }),
    access: ADMINS,
  }),
} as const;

export type CustomFieldMethodName = keyof typeof customFieldMethods;
