// How a contract method is declared: its zod input schema, who may call it, and (phantom) its result type.
import { z } from 'zod';
import { OFFICE_CODE } from '../../rules/office';
import { PASSWORD_MAX } from './limits';
import type { Role } from './roles';

/** 'public': no sign-in needed; 'signedIn': any user; otherwise the roles allowed (admin always is). */
export type Access = 'public' | 'signedIn' | readonly Role[];

/**
 * What a method does to the database; the router acts on it (electron/router.ts):
 * 'read'  - reads only; no transaction.
 * 'write' - the router runs the handler in ONE `BEGIN IMMEDIATE` transaction (all or nothing); the handler is
 *           synchronous (the type check refuses a Promise) and opens no transaction of its own.
 * 'job'   - a long or asynchronous job (package import/apply, people import, file exports, key pairs): it commits
 *           in steps itself, each step documented where it opens its transaction.
 * A 'write' or 'job' call first ends a staged package preview (core/exchange/inbox/staged.ts) unless it is one
 * of the import wizard's own calls.
 */
export type Effect = 'read' | 'write' | 'job';

export interface MethodSpec<I extends z.ZodType, R, E extends Effect = Effect> {
  input: I;
  access: Access;
  effect: E;
  /** The call sets up or renames the office: the router reads the office again on the next call. */
  changesOffice?: true;
  /**
   * A call the program makes by itself (polling, the idle check), not the user: it does not restart the idle clock,
   * so background polling never keeps a session alive.
   */
  background?: true;
  /** Phantom: carries the result type for the renderer; never set. */
  result?: R;
}

export function method<R>() {
  return <I extends z.ZodType, E extends Effect>(spec: {
    effect: E;
    input: I;
    access: Access;
    background?: true;
    changesOffice?: true;
  }): MethodSpec<I, R, E> => spec;
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
