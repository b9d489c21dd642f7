// Sign-in with lockout, answered the same way whether or not the user name exists: an unknown or inactive
// name is checked against a dummy scrypt hash (similar timing), counts failures in memory and locks the same way,
// so neither the code, the details nor the lockout tells a guesser which names are real.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { users } from '@db/schema';
import type { Role } from '@rules/roles';
import { appendAudit } from '../audit/chain';
import type { Actor, CoreContext } from '../context';
import { fail } from '../errors';
import { hashPassword, verifyPassword } from './password';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 5;

type UserRow = typeof users.$inferSelect;
interface Failures {
  failedLogins: number;
  lockedUntil: string | null;
}

let dummyHash: string | null = null;
/** Failures of names that are not active users; bounded so a flood of names cannot grow it without end. */
const unknownNamesOf = new WeakMap<object, Map<string, Failures>>();
const MAX_UNKNOWN_NAMES = 10_000;

export function signIn(ctx: CoreContext, username: string, password: string): Actor {
  const name = username.trim();
  const found = ctx.store.orm.select().from(users).where(eq(users.username, name)).get();
  const row = found?.active ? found : null;
  const now = ctx.now();
  const failures: Failures = row ?? unknownNames(ctx).get(name) ?? { failedLogins: 0, lockedUntil: null };
  if (failures.lockedUntil && new Date(failures.lockedUntil) > now)
    fail('ACCOUNT_LOCKED', { until: failures.lockedUntil });
  dummyHash ??= hashPassword('not a password of anyone');
  const verified = verifyPassword(password, row?.passwordHash ?? dummyHash);
  if (!verified || !row) {
    const failed = failures.failedLogins + 1;
    const lockedUntil =
      failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    recordFailure(ctx, name, row, { failedLogins: lockedUntil ? 0 : failed, lockedUntil });
    if (lockedUntil) fail('ACCOUNT_LOCKED', { until: lockedUntil });
    fail('LOGIN_FAILED', { remaining: MAX_FAILED_LOGINS - failed });
  }
  // auth.login is a 'job' (accounts/methods.ts): a success and a failure each commit in a transaction of their own.
  ctx.store.sqlite.transaction(() => {
    ctx.store.orm.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, row.id)).run();
    // Written as the user who signed in, so the audit viewer finds their sign-ins under their name.
    appendAudit(
      { ...ctx, actor: actorOf(row) },
      { method: ctx.method, tableName: 'users', recordId: row.id, after: { result: 'signed-in' } },
    );
  })();
  return actorOf(row);
}

function recordFailure(ctx: CoreContext, name: string, row: UserRow | null, next: Failures): void {
  ctx.store.sqlite.transaction(() => {
    if (row) ctx.store.orm.update(users).set(next).where(eq(users.id, row.id)).run();
    const result = next.lockedUntil ? 'locked' : row ? 'wrong-password' : 'unknown-or-inactive';
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'users',
      recordId: row?.id ?? null,
      after: row ? { result } : { username: name, result },
    });
  })();
  if (row) return;
  const names = unknownNames(ctx);
  if (names.size >= MAX_UNKNOWN_NAMES) names.delete(names.keys().next().value!);
  names.set(name, next);
}

/** Per database, so two offices open in one process (tests) keep their own counts. */
function unknownNames(ctx: CoreContext): Map<string, Failures> {
  let names = unknownNamesOf.get(ctx.store);
  if (!names) unknownNamesOf.set(ctx.store, (names = new Map()));
  return names;
}

function actorOf(row: UserRow): Actor {
  return {
    userId: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles.split(',') as Role[],
  };
}

/**
 * Re-reads a signed-in user, so a deactivated user or changed roles take effect at once. `credentials` changes
 * whenever the password or the roles do: a session granted under other credentials is ended by the router.
 */
export function signedInUser(ctx: CoreContext, userId: string): { actor: Actor; credentials: string } | null {
  const row = ctx.store.orm.select().from(users).where(eq(users.id, userId)).get();
  if (!row || !row.active) return null;
  const credentials = createHash('sha256').update(`${row.passwordHash}\n${row.roles}`).digest('base64url');
  return { actor: actorOf(row), credentials };
}
