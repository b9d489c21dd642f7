// Validates every API call against the contract, checks the caller's session and role, puts the office and the
// actor in the handler's context, runs a 'write' method in one BEGIN IMMEDIATE transaction (api/method.ts: Effect)
// and returns {ok, value} or {ok:false, error} - never a raw stack or SQLite message.
// Every door calls here: Electron IPC, the dev host and the CLI (electron/cli/session.ts).
import { ZodError } from 'zod';
import { DatabaseRefusedError, type Store } from '../db/open';
import { contract, isMethodName, type MethodName } from './api/contract';
import { hasRole } from './api/roles';
import type { ApiError, ApiResult, OfficeInfo } from './api/types';
import { readOffice } from './core/accounts/office';
import { signedInUser } from './core/accounts/signIn';
import type { Actor, CoreContext, SecretSealer } from './core/context';
import { AppError } from './core/errors';
import type { HandlerContext, ShellServices } from './core/handlerContext';
import type { Handlers } from './handlers';
import { createSessionTable, DEFAULT_IDLE_MINUTES } from './sessions';

export type { HandlerContext, ShellServices };

/**
 * Who is calling: one window (Electron) or one browser (dev host). The carrier presents the session id the router
 * issued it and keeps whatever id the router hands back: a fresh one at every sign-in, null when the session ends.
 * An id the router did not issue, or one that ended, is simply not signed in.
 */
export interface Caller {
  sessionId: string | null;
  keepSession(id: string | null): void;
  shell?: ShellServices;
}

export interface Router {
  call(method: string, input: unknown, caller: Caller): Promise<ApiResult<unknown>>;
  /** Ends a session, e.g. when its window closes. */
  dropSession(sessionId: string | null): void;
}

export interface RouterOptions {
  store: Store;
  handlers: Handlers;
  now?: () => Date;
  /** Handed to every handler as ctx.secrets. */
  secrets?: SecretSealer;
  log?: (message: string, error: unknown) => void;
  /** Runs before every valid, permitted 'write' or 'job' call (to end a staged import preview it would wait for). */
  beforeWrite?: (method: MethodName) => void;
  /** Sign-out after this many minutes without user activity (default 30; BOAI_IDLE_MINUTES in openBackend). */
  idleMinutes?: number;
}

/** A caller that keeps its session id in memory: in-process callers (tests, benchmarks) and one Electron window. */
export function memoryCaller(shell?: ShellServices): Caller {
  const caller: Caller = { sessionId: null, keepSession: (id) => void (caller.sessionId = id), shell };
  return caller;
}

export function createRouter(options: RouterOptions): Router {
  const idleMinutes = options.idleMinutes ?? DEFAULT_IDLE_MINUTES;
  const sessions = createSessionTable(idleMinutes);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(message, error));
  const { sqlite } = options.store;
  // The office never changes after set-up but by the methods that say so (changesOffice); until it is set up
  // (null) it is read again at every call, so a set-up by another door is seen.
  let office: OfficeInfo | null = null;
  const currentOffice = () => (office ??= readOffice(options.store));

  /** The caller's user, if its session is live and was granted under the user's current password and roles. */
  function sessionOf(base: CoreContext, caller: Caller): { id: string; actor: Actor } | 'expired' | null {
    const found = sessions.find(caller.sessionId, now().getTime());
    if (found.state !== 'live') {
      if (caller.sessionId !== null) caller.keepSession(null);
      return found.state === 'expired' ? 'expired' : null;
    }
    const user = signedInUser(base, found.userId);
    if (user && user.credentials === found.credentials) return { id: found.id, actor: user.actor };
    sessions.drop(found.id);
    caller.keepSession(null);
    return null;
  }

  async function call(method: string, input: unknown, caller: Caller): Promise<ApiResult<unknown>> {
    try {
      // Never echo the name: it is whatever the caller sent, of any length.
      if (!isMethodName(method)) return failure('METHOD_UNKNOWN');
      const spec = contract[method];
      const base: CoreContext = {
        store: options.store,
        actor: null,
        method,
        now,
        secrets: options.secrets,
        office: currentOffice(),
      };
      const session = sessionOf(base, caller);
      const live = typeof session === 'object' ? session : null;
      const actor = live?.actor ?? null;
      if (spec.access !== 'public') {
        if (session === 'expired') return failure('SESSION_EXPIRED', { idleMinutes });
        if (!actor) return failure('NOT_SIGNED_IN');
        if (spec.access !== 'signedIn' && !hasRole(actor.roles, spec.access)) return failure('FORBIDDEN', { method });
      }
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) return failure('INPUT_INVALID', { method, issues: describeIssues(parsed.error) });
      if (live && !spec.background) sessions.touch(live.id, now().getTime());
      const ctx: HandlerContext = {
        ...base,
        office: base.office ?? null,
        actor,
        shell: caller.shell,
        ...sessionControls(base, caller, live),
      };
      const handler = options.handlers[method as MethodName] as (c: HandlerContext, i: unknown) => unknown;
      if (spec.effect !== 'read') options.beforeWrite?.(method);
      // better-sqlite3 refuses (and rolls back) a transaction function that returns a Promise: a 'write' is synchronous.
      const run = () => handler(ctx, parsed.data);
      return { ok: true, value: await (spec.effect === 'write' ? sqlite.transaction(run).immediate() : run()) };
    } catch (error) {
      return { ok: false, error: toApiError(error, method, log) };
    } finally {
      if (isMethodName(method) && contract[method].changesOffice) office = null;
    }
  }

  function sessionControls(base: CoreContext, caller: Caller, live: { id: string; actor: Actor } | null) {
    const current = live?.id ?? null;
    return {
      signIn: (a: Actor) => {
        sessions.drop(current);
        const user = signedInUser(base, a.userId);
        caller.keepSession(user ? sessions.issue(a.userId, user.credentials, now().getTime()) : null);
      },
      signOut: () => {
        sessions.drop(current);
        caller.keepSession(null);
      },
      keepOwnSession: () => {
        const user = live ? signedInUser(base, live.actor.userId) : null;
        if (live && user) sessions.rebind(live.id, user.credentials);
      },
      idle: () => ({ remainingMs: current ? sessions.remaining(current, now().getTime()) : 0, idleMinutes }),
    };
  }

  return { call, dropSession: (id) => sessions.drop(id) };
}

function failure(code: string, details?: Record<string, unknown>): ApiResult<never> {
  return { ok: false, error: { code, messageKey: `errors.${code}`, ...(details ? { details } : {}) } };
}

/** Paths only, bounded: a path segment can be a key the caller chose (records, maps). */
/** Each refused field as its path, the zod code and the rule's numbers or form, so the renderer can say the rule. */
function describeIssues(error: ZodError) {
  return error.issues.slice(0, 50).map((issue) => {
    const rule = issue as {
      origin?: unknown;
      maximum?: unknown;
      minimum?: unknown;
      expected?: unknown;
      format?: unknown;
    };
    return {
      path: issue.path.map((part) => String(part).slice(0, 100)).join('.'),
      code: issue.code,
      ...(typeof rule.origin === 'string' ? { origin: rule.origin.slice(0, 20) } : {}),
      ...(typeof rule.maximum === 'number' ? { max: rule.maximum } : {}),
      ...(typeof rule.minimum === 'number' ? { min: rule.minimum } : {}),
      ...(typeof rule.expected === 'string' ? { expected: rule.expected.slice(0, 40) } : {}),
      ...(typeof rule.format === 'string' ? { format: rule.format.slice(0, 40) } : {}),
    };
  });
}

function toApiError(error: unknown, method: string, log: (m: string, e: unknown) => void): ApiError {
  if (error instanceof AppError)
    return { code: error.code, messageKey: error.messageKey, details: boundedDetails(error.details) };
  if (error instanceof DatabaseRefusedError) return { code: error.code, messageKey: `errors.${error.code}` };
  if (error instanceof ZodError)
    return {
      code: 'INPUT_INVALID',
      messageKey: 'errors.INPUT_INVALID',
      details: { method, issues: describeIssues(error) },
    };
  const sqliteCode = (error as { code?: unknown })?.code;
  if (sqliteCode === 'SQLITE_BUSY' || sqliteCode === 'SQLITE_LOCKED')
    return { code: 'DB_BUSY', messageKey: 'errors.DB_BUSY' };
  log(`Unexpected error in ${method}`, error);
  return { code: 'INTERNAL', messageKey: 'errors.INTERNAL' };
}

const MAX_DETAIL_TEXT = 1000;

/** A last guard: no error carries a long string back (input echoed by a detail would otherwise be of any length). */
function boundedDetails(details: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  return details && (bounded(details, 0) as Record<string, unknown>);
}

function bounded(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.length > MAX_DETAIL_TEXT ? `${value.slice(0, MAX_DETAIL_TEXT)}…` : value;
  if (typeof value !== 'object' || value === null || depth > 4) return value;
  if (Array.isArray(value)) return value.map((item) => bounded(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bounded(item, depth + 1)]));
}
