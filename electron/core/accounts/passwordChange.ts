// A user changes their own password (the current one required), and the administrator's recovery on the machine:
// the CLI sets a new password for a user by name and unlocks the account. Both audited; the router ends the
// user's other sessions, as the password hash changed.
import { eq } from 'drizzle-orm';
import { users } from '@db/schema';
import { appendAudit } from '../audit/chain';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { hashPassword, verifyPassword } from './password';
import { checkPassword, findUser } from './users';

type UserRow = typeof users.$inferSelect;

function setPassword(ctx: CoreContext, row: UserRow, password: string, audited: Record<string, unknown>): void {
  checkPassword(password, row.username);
  const change = {
    passwordHash: hashPassword(password),
    failedLogins: 0,
    lockedUntil: null,
    updatedAt: ctx.now().toISOString(),
  };
  ctx.store.orm.update(users).set(change).where(eq(users.id, row.id)).run();
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'users',
    recordId: row.id,
    before: { lockedUntil: row.lockedUntil },
    after: { username: row.username, ...audited },
  });
}

/** The signed-in user's own password; a wrong current password is refused with CURRENT_PASSWORD_WRONG. */
export function changeOwnPassword(ctx: CoreContext, input: { currentPassword: string; newPassword: string }): void {
  const userId = ctx.actor?.userId ?? fail('NOT_SIGNED_IN');
  const row = findUser(ctx, userId);
  if (!verifyPassword(input.currentPassword, row.passwordHash)) fail('CURRENT_PASSWORD_WRONG');
  setPassword(ctx, row, input.newPassword, { passwordChanged: true });
}

/** Recovery on the machine (`users reset-password`): a new password and the lock lifted. */
export function resetPasswordByName(
  ctx: CoreContext,
  username: string,
  password: string,
): { id: string; username: string } {
  return ctx.store.sqlite.transaction(() => {
    const row =
      ctx.store.orm.select().from(users).where(eq(users.username, username.trim())).get() ??
      fail('USER_NOT_FOUND', { username });
    setPassword(ctx, row, password, { passwordReset: true, unlocked: true });
    return { id: row.id, username: row.username };
  })();
}
