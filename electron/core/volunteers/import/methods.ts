// The volunteer imports: a roster and historical service hours. A dry run lists every bad row; the import writes
// the valid rows in one transaction. Clerks import (admins may too).
import { z } from 'zod';
import { method, text } from '@api/method';
import { VOLUNTEER_CLERKS } from '../contract';
import type { HoursImportResult, VolunteerImportResult } from './contract';

const file = {
  fileName: text(260).min(1),
  contentBase64: z.string().max(60 * 1024 * 1024),
  dryRun: z.boolean().optional(),
};

export const volunteerImportMethods = {
  'volunteers.import': method<VolunteerImportResult>()({
    effect: 'job',
    input: z.object(file),
    access: VOLUNTEER_CLERKS,
  }),
  /** Imported hours are approved by the importing user unless `pending`. */
  'volunteers.importHours': method<HoursImportResult>()({
    effect: 'job',
    input: z.object({ ...file, pending: z.boolean().optional() }),
    access: VOLUNTEER_CLERKS,
  }),
} as const;

export type VolunteerImportMethodName = keyof typeof volunteerImportMethods;
