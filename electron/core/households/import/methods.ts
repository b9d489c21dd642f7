// The household import (one row per member, the head's ID number on every row): a dry run lists every bad row; the
// import writes the valid rows in one transaction. Clerks import (admins may too).
import { z } from 'zod';
import { method, text } from '@api/method';
import { HOUSEHOLD_CLERKS } from '../contract';
import type { HouseholdImportResult } from './contract';

export const householdImportMethods = {
  'households.import': method<HouseholdImportResult>()({
    effect: 'job',
    input: z.object({
      fileName: text(260).min(1),
      contentBase64: z.string().max(60 * 1024 * 1024),
      dryRun: z.boolean().optional(),
    }),
    access: HOUSEHOLD_CLERKS,
  }),
} as const;

export type HouseholdImportMethodName = keyof typeof householdImportMethods;
