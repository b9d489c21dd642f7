// Training statistics (培训统计) for a year or a date range: figures, and the same as an .xlsx file.
// Every role that sees training reads them; the city reads one county or all of them together.
import { z } from 'zod';
import { isoDate, method, officeCode, READERS } from '@api/method';
import type { Role } from '@api/roles';
import type { ExportedFile } from '@core/people/contract';
import type { TrainingStats } from './contract';

export const TRAINING_READERS: readonly Role[] = [...READERS, 'trainer'];

const period = z
  .object({
    year: z.number().int().min(1950).max(2199).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    officeCode: z.union([officeCode, z.literal('all')]).optional(),
  })
  .refine((p) => p.year !== undefined || (p.from !== undefined && p.to !== undefined), { path: ['year'] });

export const trainingStatsMethods = {
  'training.stats.get': method<TrainingStats>()({ effect: 'read', input: period, access: TRAINING_READERS }),
  'training.stats.export': method<ExportedFile>()({ effect: 'job', input: period, access: TRAINING_READERS }),
} as const;

export type TrainingStatsMethodName = keyof typeof trainingStatsMethods;
