// The legacy certificate register import (历史证书台账): a dry run lists every bad row; the import writes the
// valid rows in one transaction. Trainers manage certificates (admins may too).
import { z } from 'zod';
import { method, text } from '@api/method';
import type { Role } from '@api/roles';
import type { LegacyImportResult } from './contract';

const TRAINERS: readonly Role[] = ['trainer'];

export const trainingLegacyMethods = {
  'training.legacy.import': method<LegacyImportResult>()({
    effect: 'job',
    input: z.object({
      fileName: text(260).min(1),
      contentBase64: z.string().max(60 * 1024 * 1024),
      dryRun: z.boolean().optional(),
    }),
    access: TRAINERS,
  }),
} as const;

export type TrainingLegacyMethodName = keyof typeof trainingLegacyMethods;
