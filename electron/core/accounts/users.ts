// User accounts: create, list, change roles, reset password, deactivate (sign-in: signIn.ts). The writes run in the
// router's transaction ('write' methods of ./methods.ts).
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { users } from '@db/schema';
import { MIN_PASSWORD_LENGTH, PASSWORD_RULE_TEXT, passwordRuleBroken } from '@rules/passwordRules';
import type { Role } from '@rules/roles';
import type { UserCreateInput, UserInfo, UserUpdateInput } from '../../api/types';
import { appendAudit } from '../audit/chain';
import type { CoreContext } from '../context';
import { AppError, fail } from '../errors';
import { hashPassword } from './password';

type UserRow = typeof users.$inferSelect;

function toInfo(row: UserRow): UserInfo {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles.split(',') as Role[],
    active: row.active,
    lockedUntil: row.lockedUntil,
    createdAt: row.createdAt,
  };
}

/** Refuses a new password that breaks a rule (rules/passwordRules.ts), with that rule's code. */
export function checkPassword(password: string, username: string): void {
  const broken = passwordRuleBroken(password, username);
  if (broken)
    throw new AppError(
      broken,
      broken === 'PASSWORD_TOO_SHORT' ? { min: MIN_PASSWORD_LENGTH } : undefined,
      PASSWORD_RULE_TEXT[broken],
    );
}

export function createUserRow(ctx: CoreContext, input: UserCreateInput): UserInfo {
  const username = input.username.trim();
  checkPassword(input.password, username);
  if (ctx.store.orm.select().from(users).where(eq(users.username, username)).get())
    fail('USERNAME_TAKEN', { username });
  const at = ctx.now().toISOString();
  const row: UserRow = {
    id: randomUUID(),
    username,
    displayName: input.displayName.trim() || username,
    roles: [...new Set(input.roles)].join(','),
    passwordHash: hashPassword(input.password),
    active: true,
    failedLogins: 0,
    lockedUntil: null,
    createdAt: at,
    updatedAt: at,
  };
  ctx.store.orm.insert(users).values(row).run();
  return toInfo(row);
}

export function createUser(ctx: CoreContext, input: UserCreateInput): UserInfo {
  const user = createUserRow(ctx, input);
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'users',
    recordId: user.id,
    after: { username: user.username, roles: user.roles },
  });
  return user;
}

export function listUsers(ctx: CoreContext): UserInfo[] {
  return ctx.store.orm.select().from(users).orderBy(users.createdAt).all().map(toInfo);
}

export function findUser(ctx: CoreContext, id: string): UserRow {
  return ctx.store.orm.select().from(users).where(eq(users.id, id)).get() ?? fail('USER_NOT_FOUND', { id });
}

function activeAdmins(ctx: CoreContext): UserRow[] {
  return ctx.store.orm
    .select()
    .from(users)
    .all()
    .filter((u) => u.active && u.roles.split(',').includes('admin'));
}

/** Roles, display name, active flag, or a new password, set by an administrator. */
export function updateUser(ctx: CoreContext, input: UserUpdateInput): UserInfo {
  const current = findUser(ctx, input.id);
  const change: Partial<UserRow> = {};
  if (input.displayName !== undefined) change.displayName = input.displayName.trim() || current.username;
  if (input.roles !== undefined) change.roles = [...new Set(input.roles)].join(',');
  if (input.active !== undefined) change.active = input.active;
  if (input.password !== undefined) {
    checkPassword(input.password, current.username);
    Object.assign(change, { passwordHash: hashPassword(input.password), failedLogins: 0, lockedUntil: null });
  }
  const next = { ...current, ...change, updatedAt: ctx.now().toISOString() };
  const wasAdmin = current.active && current.roles.split(',').includes('admin');
  const staysAdmin = next.active && next.roles.split(',').includes('admin');
  if (current.id === ctx.actor?.userId && (!next.active || (wasAdmin && !staysAdmin))) fail('SELF_DEMOTION');
  if (wasAdmin && !staysAdmin && activeAdmins(ctx).length <= 1) fail('LAST_ADMIN');
  ctx.store.orm.update(users).set(next).where(eq(users.id, current.id)).run();
  const audited = {
    displayName: change.displayName,
    roles: change.roles,
    active: change.active,
    passwordReset: input.password !== undefined || undefined,
  };
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'users',
    recordId: current.id,
    before: { displayName: current.displayName, roles: current.roles, active: current.active },
    after: JSON.parse(JSON.stringify(audited)),
  });
  return toInfo(next);
}
