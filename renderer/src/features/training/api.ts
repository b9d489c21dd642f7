// Typed calls to the training methods, typed from the training method files; the transport is the app's one client.
import type { z } from 'zod';
import type { MethodSpec } from '@api/method';
import type { trainingCourseMethods } from '@core/training/courses/methods';
import type { trainingKindMethods } from '@core/training/kinds/methods';
import { call } from '../../api/client';

type Methods = typeof trainingKindMethods & typeof trainingCourseMethods;
export type TrainingMethod = keyof Methods;
type Result<M extends TrainingMethod> = Methods[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function trainingCall<M extends TrainingMethod>(
  method: M,
  input: z.input<Methods[M]['input']>,
): Promise<Result<M>> {
  return (call as unknown as (m: string, i: unknown) => Promise<Result<M>>)(method, input);
}
