// How a contract method is declared: its zod input schema, who may call it, and (phantom) its result type.
import { z } from 'zod';
import { OFFICE_CODE } from '../../rules/office';
import type { Role } from './roles';
import { PASSWORD_MAX } from './limits';

/** 'public': no sign-in needed; 'signedIn': any user; otherwise the roles allowed (admin always is). */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  access: Access;
  /**
   * A call the program makes by itself (polling, the idle check), not the user: it does not restart the idle clock,
   * so background polling never keeps a session alive.
   */
  background?: true;
  /** Phantom: carries the result type for the renderer; never set. */
  result?: R;
}

export function method<R>() {
  return <I extends z.ZodType>(spec: { input: I; access: Access; background?: true }): MethodSpec<I, R> => spec;
}

export const text = (max: number) => z.string().max(max);
export const optionalText = (max: number) => z.string().max(max).nullish();
export const officeCode = z.string().regex(OFFICE_CODE);
/** A calendar day written YYYY-MM-DD that exists (2025-02-30 is refused, as the forms and imports refuse it). */
export const isoDate = z.iso.date();
export const password = z.string().min(1).max(PASSWORD_MAX);

export const CLERKS: readonly Role[] = ['clerk'];
export const READERS: readonly Role[] = ['clerk', 'viewer', 'warehouse', 'approver'];
export const ADMINS: readonly Role[] = ['admin'];
