// The expiring list (到期提醒): certificates to renew, with the holders' phones, and the same as an xlsx call list.
import { z } from 'zod';
import { FIELD_LIMITS } from '@api/limits';
import { method, officeCode, text } from '@api/method';
import type { ExportedFile } from '@core/people/contract';
import { TRAINING_READERS } from '../stats/methods';
import { REMINDER_BANDS, type ExpiringList } from './contract';

const filters = z.object({
  band: z.enum([...REMINDER_BANDS, 'ALL']).optional(),
  township: text(FIELD_LIMITS.people.township).optional(),
  workUnit: text(FIELD_LIMITS.people.workUnit).optional(),
  officeCode: officeCode.optional(),
});

export const trainingReminderMethods = {
  'training.reminders.list': method<ExpiringList>()({ effect: 'read', input: filters, access: TRAINING_READERS }),
  'training.reminders.export': method<ExportedFile>()({ effect: 'job', input: filters, access: TRAINING_READERS }),
} as const;

export type TrainingReminderMethodName = keyof typeof trainingReminderMethods;
