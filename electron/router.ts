// Validates every API call against the contract, checks the caller's session and role,
// runs the core handler and returns {ok, value} or {ok:false, error} - never a raw stack or SQLite message.
import { ZodError } from 'zod';
import { DatabaseRefusedError, type Store } from '../db/open';
import { contract, isMethodName, type MethodName } from './api/contract';
import { hasRole } from './api/roles';
import type { ApiError, ApiResult } from './api/types';
import { refreshActor } from './core/accounts/users';
import type { Actor, CoreContext, SecretSealer } from './core/context';
import { AppError } from './core/errors';
import type { Handlers } from './handlers/index';

/** What only the Electron shell can do for the window that called; the dev host offers none of it. */
export interface ShellServices {
  /** Prints the calling window's page to an A4 PDF and saves it where the user chooses; null when cancelled. */
  printToPdf(options: { title: string }): Promise<{ saved: string | null }>;
}

/** Who is calling: one window (Electron) or one browser (dev host). */
export interface Caller { sessionKey: string; shell?: ShellServices }

export interface HandlerContext extends CoreContext {
  shell?: ShellServices;
  signIn(actor: Actor): void;
  signOut(): void;
}

export interface Router {
  call(method: string, input: unknown, caller: Caller): Promise<ApiResult<unknown>>;
  /** Forgets a caller's session, e.g. when its window closes. */
  dropSession(sessionKey: string): void;
}

export interface RouterOptions {
  store: Store;
  handlers: Handlers;
  now?: () => Date;
  /** Handed to every handler as ctx.secrets. */
  secrets?: SecretSealer;
  log?: (message: string, error: unknown) => void;
  /** Runs before every valid, permitted call (e.g. to end a staged import preview the call would wait for). */
  beforeCall?: (method: MethodName) => void;
}

export function createRouter(options: RouterOptions): Router {
  const sessions = new Map<string, string>(); // sessionKey -> user id
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(message, error));

  async function call(method: string, input: unknown, caller: Caller): Promise<ApiResult<unknown>> {
    try {
      if (!isMethodName(method)) return failure('METHOD_UNKNOWN', { method });
      const spec = contract[method];
      const userId = sessions.get(caller.sessionKey);
      const base: CoreContext = { store: options.store, actor: null, method, now, secrets: options.secrets };
      const actor = userId ? refreshActor(base, userId) : null;
      if (userId && !actor) sessions.delete(caller.sessionKey);
      if (spec.access !== 'public') {
        if (!actor) return failure('NOT_SIGNED_IN');
        if (spec.access !== 'signedIn' && !hasRole(actor.roles, spec.access)) return failure('FORBIDDEN', { method });
      }
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) return failure('INPUT_INVALID', { issues: describeIssues(parsed.error) });
      const ctx: HandlerContext = {
        ...base, actor, shell: caller.shell,
        signIn: (a) => sessions.set(caller.sessionKey, a.userId),
        signOut: () => sessions.delete(caller.sessionKey),
      };
      const handler = options.handlers[method as MethodName] as (c: HandlerContext, i: unknown) => unknown;
      options.beforeCall?.(method);
      return { ok: true, value: await handler(ctx, parsed.data) };
    } catch (error) {
      return { ok: false, error: toApiError(error, method, log) };
    }
  }

  return { call, dropSession: (key) => void sessions.delete(key) };
}

function failure(code: string, details?: Record<string, unknown>): ApiResult<never> {
  return { ok: false, error: { code, messageKey: `errors.${code}`, details } };
}

function describeIssues(error: ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code }));
}

function toApiError(error: unknown, method: string, log: (m: string, e: unknown) => void): ApiError {
  if (error instanceof AppError) return { code: error.code, messageKey: error.messageKey, details: error.details };
  if (error instanceof DatabaseRefusedError) return { code: error.code, messageKey: `errors.${error.code}` };
  if (error instanceof ZodError) return { code: 'INPUT_INVALID', messageKey: 'errors.INPUT_INVALID', details: { issues: describeIssues(error) } };
  const sqliteCode = (error as { code?: unknown })?.code;
  if (sqliteCode === 'SQLITE_BUSY' || sqliteCode === 'SQLITE_LOCKED') return { code: 'DB_BUSY', messageKey: 'errors.DB_BUSY' };
  log(`Unexpected error in ${method}`, error);
  return { code: 'INTERNAL', messageKey: 'errors.INTERNAL' };
}
