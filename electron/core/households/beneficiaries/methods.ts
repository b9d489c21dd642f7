// Beneficiaries (救助对象): the office's categories (defaults 低保, 特困, 残疾, 大病, 留守儿童, 孤寡老人, 受灾户, editable)
// and the memberships of people and households in them. Clerks write; the office's readers read.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { isoDate, method, officeCode, optionalText, text } from '@api/method';
import { HOUSEHOLD_CLERKS, HOUSEHOLD_READERS } from '../contract';
import { recordId, rowVersion } from '../roster/methods';
import type { BeneficiaryCategoryRow, BeneficiaryPage, BeneficiaryRow } from './contract';

const C = FIELD_LIMITS.beneficiary_categories;
const categoryFields = z.object({
  name: text(C.name).min(1),
  notes: optionalText(C.notes),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});

export const beneficiaryMethods = {
  /** The office's categories in their order (the defaults, the first time an office looks). */
  'beneficiaries.categories.list': method<BeneficiaryCategoryRow[]>()({
    effect: 'read',
    input: z.object({ officeCode: officeCode.optional() }),
    access: HOUSEHOLD_READERS,
  }),
  'beneficiaries.categories.create': method<BeneficiaryCategoryRow[]>()({
    effect: 'write',
    input: categoryFields,
    access: HOUSEHOLD_CLERKS,
  }),
  'beneficiaries.categories.update': method<BeneficiaryCategoryRow[]>()({
    effect: 'write',
    input: z.object({ id: recordId, rowVersion, patch: categoryFields.partial() }),
    access: HOUSEHOLD_CLERKS,
  }),
  /** Only a category nobody is in now. */
  'beneficiaries.categories.void': method<BeneficiaryCategoryRow[]>()({
    effect: 'write',
    input: z.object({ id: recordId, reason: text(REASON_MAX).min(1) }),
    access: HOUSEHOLD_CLERKS,
  }),
  /** The 救助对象 register, a page at a time: by category, kind and search; current ones unless ended are asked. */
  'beneficiaries.list': method<BeneficiaryPage>()({
    effect: 'read',
    input: z.object({
      categoryId: recordId.optional(),
      kind: z.enum(['person', 'household']).optional(),
      search: text(SEARCH_MAX).optional(),
      includeEnded: z.boolean().optional(),
      officeCode: officeCode.optional(),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
    }),
    access: HOUSEHOLD_READERS,
  }),
  /** The categories a person or a household is in, now and before. */
  'beneficiaries.of': method<BeneficiaryRow[]>()({
    effect: 'read',
    input: z.union([z.object({ personId: recordId }), z.object({ householdId: recordId })]),
    access: HOUSEHOLD_READERS,
  }),
  'beneficiaries.add': method<BeneficiaryRow[]>()({
    effect: 'write',
    input: z.object({
      categoryId: recordId,
      personId: recordId.nullish(),
      householdId: recordId.nullish(),
      fromDate: isoDate,
      toDate: isoDate.nullish(),
      notes: optionalText(FIELD_LIMITS.beneficiary_memberships.notes),
    }),
    access: HOUSEHOLD_CLERKS,
  }),
  /** The membership ends on `toDate` (kept). */
  'beneficiaries.end': method<BeneficiaryRow[]>()({
    effect: 'write',
    input: z.object({ id: recordId, rowVersion, toDate: isoDate }),
    access: HOUSEHOLD_CLERKS,
  }),
  'beneficiaries.void': method<BeneficiaryRow[]>()({
    effect: 'write',
    input: z.object({ id: recordId, reason: text(REASON_MAX).min(1) }),
    access: HOUSEHOLD_CLERKS,
  }),
} as const;

export type BeneficiaryMethodName = keyof typeof beneficiaryMethods;
