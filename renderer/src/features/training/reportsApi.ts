// Typed calls to the training statistics, expiring list and legacy import methods, typed from their method
// files; the transport is the app's one client.
import type { z } from 'zod';
import type { MethodSpec } from '@api/method';
import type { trainingLegacyMethods } from '@core/training/legacy/methods';
import type { trainingReminderMethods } from '@core/training/reminders/methods';
import type { trainingStatsMethods } from '@core/training/stats/methods';
import { call } from '../../api/client';

type Methods = typeof trainingStatsMethods & typeof trainingReminderMethods & typeof trainingLegacyMethods;
export type TrainingReportMethod = keyof Methods;
type Result<M extends TrainingReportMethod> = Methods[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function trainingCall<M extends TrainingReportMethod>(
  method: M,
  input: z.input<Methods[M]['input']>,
): Promise<Result<M>> {
  return (call as unknown as (m: string, i: unknown) => Promise<Result<M>>)(method, input);
}
