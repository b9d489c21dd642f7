// Typed calls to the certificate register's methods, typed from its method file so this feature compiles
// whether or not its line is in contract.ts yet; the transport is the app's one client.
import type { z } from 'zod';
import type { MethodSpec } from '@api/method';
import type { certificateRegisterMethods } from '@core/training/register/methods';
import { call } from '../../../api/client';

type Methods = typeof certificateRegisterMethods;
export type CertificateMethod = keyof Methods;
type Result<M extends CertificateMethod> = Methods[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function certificateCall<M extends CertificateMethod>(
  method: M,
  input: z.input<Methods[M]['input']>,
): Promise<Result<M>> {
  return (call as unknown as (m: string, i: unknown) => Promise<Result<M>>)(method, input);
}
