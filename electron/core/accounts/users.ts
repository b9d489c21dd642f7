// User accounts: create, list, change roles, reset password, deactivate; sign-in with lockout.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { Role } from '../../api/roles';
import type { UserCreateInput, UserInfo, UserUpdateInput } from '../../api/types';
import { appendAudit } from '../audit/chain';
import type { Actor, CoreContext } from '../context';
import { fail } from '../errors';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 5;

type UserRow = typeof users.$inferSelect;

function toInfo(row: UserRow): UserInfo {
  return { id: row.id, username: row.username, displayName: row.displayName, roles: row.roles.split(',') as Role[],
    active: row.active, lockedUntil: row.lockedUntil, createdAt: row.createdAt };
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) fail('PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH });
}

export function createUserRow(ctx: CoreContext, input: UserCreateInput): UserInfo {
  checkPassword(input.password);
  const username = input.username.trim();
  if (ctx.store.orm.select().from(users).where(eq(users.username, username)).get()) fail('USERNAME_TAKEN', { username });
  const at = ctx.now().toISOString();
  const row: UserRow = { id: randomUUID(), username, displayName: input.displayName.trim() || username, roles: [...new Set(input.roles)].join(','),
    passwordHash: hashPassword(input.password), active: true, failedLogins: 0, lockedUntil: null, createdAt: at, updatedAt: at };
  ctx.store.orm.insert(users).values(row).run();
  return toInfo(row);
}

export function createUser(ctx: CoreContext, input: UserCreateInput): UserInfo {
  return ctx.store.sqlite.transaction(() => {
    const user = createUserRow(ctx, input);
    appendAudit(ctx, { method: ctx.method, tableName: 'users', recordId: user.id, after: { username: user.username, roles: user.roles } });
    return user;
  })();
}

export function listUsers(ctx: CoreContext): UserInfo[] {
  return ctx.store.orm.select().from(users).orderBy(users.createdAt).all().map(toInfo);
}

function findUser(ctx: CoreContext, id: string): UserRow {
  return ctx.store.orm.select().from(users).where(eq(users.id, id)).get() ?? fail('USER_NOT_FOUND', { id });
}

function activeAdmins(ctx: CoreContext): UserRow[] {
  return ctx.store.orm.select().from(users).all().filter((u) => u.active && u.roles.split(',').includes('admin'));
}

/** Roles, display name, active flag, or a new password, set by an administrator. */
export function updateUser(ctx: CoreContext, input: UserUpdateInput): UserInfo {
  return ctx.store.sqlite.transaction(() => {
    const current = findUser(ctx, input.id);
    const change: Partial<UserRow> = {};
    if (input.displayName !== undefined) change.displayName = input.displayName.trim() || current.username;
    if (input.roles !== undefined) change.roles = [...new Set(input.roles)].join(',');
    if (input.active !== undefined) change.active = input.active;
    if (input.password !== undefined) {
      checkPassword(input.password);
      Object.assign(change, { passwordHash: hashPassword(input.password), failedLogins: 0, lockedUntil: null });
    }
    const next = { ...current, ...change, updatedAt: ctx.now().toISOString() };
    const wasAdmin = current.active && current.roles.split(',').includes('admin');
    const staysAdmin = next.active && next.roles.split(',').includes('admin');
    if (current.id === ctx.actor?.userId && (!next.active || (wasAdmin && !staysAdmin))) fail('SELF_DEMOTION');
    if (wasAdmin && !staysAdmin && activeAdmins(ctx).length <= 1) fail('LAST_ADMIN');
    ctx.store.orm.update(users).set(next).where(eq(users.id, current.id)).run();
    const audited = { displayName: change.displayName, roles: change.roles, active: change.active, passwordReset: input.password !== undefined || undefined };
    appendAudit(ctx, { method: ctx.method, tableName: 'users', recordId: current.id,
      before: { displayName: current.displayName, roles: current.roles, active: current.active }, after: JSON.parse(JSON.stringify(audited)) });
    return toInfo(next);
  })();
}

/** Checks a password; repeated failures lock the account for a few minutes. */
export function signIn(ctx: CoreContext, username: string, password: string): Actor {
  const row = ctx.store.orm.select().from(users).where(eq(users.username, username.trim())).get();
  const now = ctx.now();
  if (!row || !row.active) {
    appendAuditTx(ctx, { method: ctx.method, tableName: 'users', recordId: row?.id ?? null, after: { username, result: 'unknown-or-inactive' } });
    fail('LOGIN_FAILED');
  }
  if (row.lockedUntil && new Date(row.lockedUntil) > now) fail('ACCOUNT_LOCKED', { until: row.lockedUntil });
  if (!verifyPassword(password, row.passwordHash)) {
    const failed = row.failedLogins + 1;
    const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    ctx.store.sqlite.transaction(() => {
      ctx.store.orm.update(users).set({ failedLogins: lockedUntil ? 0 : failed, lockedUntil }).where(eq(users.id, row.id)).run();
      appendAudit(ctx, { method: ctx.method, tableName: 'users', recordId: row.id, after: { result: lockedUntil ? 'locked' : 'wrong-password' } });
    })();
    if (lockedUntil) fail('ACCOUNT_LOCKED', { until: lockedUntil });
    fail('LOGIN_FAILED', { remaining: MAX_FAILED_LOGINS - failed });
  }
  ctx.store.sqlite.transaction(() => {
    ctx.store.orm.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, row.id)).run();
    appendAudit(ctx, { method: ctx.method, tableName: 'users', recordId: row.id, after: { result: 'signed-in' } });
  })();
  return { userId: row.id, username: row.username, displayName: row.displayName, roles: row.roles.split(',') as Role[] };
}

function appendAuditTx(ctx: CoreContext, entry: Parameters<typeof appendAudit>[1]): void {
  ctx.store.sqlite.transaction(() => appendAudit(ctx, entry))();
}

/** Re-reads a signed-in user, so a deactivated user or changed roles take effect at once. */
export function refreshActor(ctx: CoreContext, userId: string): Actor | null {
  const row = ctx.store.orm.select().from(users).where(eq(users.id, userId)).get();
  if (!row || !row.active) return null;
  return { userId: row.id, username: row.username, displayName: row.displayName, roles: row.roles.split(',') as Role[] };
}
