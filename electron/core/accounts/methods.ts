// Office set-up, sign-in, users and database checks.
import { z } from 'zod';
import { OFFICE_ROLES } from '@rules/office';
import { ACCOUNT_LIMITS, OFFICE_NAME_MAX } from '../../api/limits';
import { ADMINS, method, officeCode, password, text } from '../../api/method';
import { ROLES } from '../../api/roles';
import type { DbCheckResult, OfficeInfo, OfficeStatus, SessionUser, UserInfo } from '../../api/types';

/** Time left before idle sign-out, and the configured idle time. */
export interface SessionIdle {
  remainingMs: number;
  idleMinutes: number;
}

const role = z.enum(ROLES);

export const officeMethods = {
  'office.status': method<OfficeStatus>()({ effect: 'read', input: z.object({}), access: 'public' }),
  'office.setup': method<OfficeInfo>()({
    effect: 'write',
    changesOffice: true,
    input: z.object({
      code: officeCode,
      name: text(OFFICE_NAME_MAX).min(1),
      role: z.enum(OFFICE_ROLES),
      admin: z.object({
        username: text(ACCOUNT_LIMITS.username).min(1),
        password,
        displayName: text(ACCOUNT_LIMITS.displayName).optional(),
      }),
    }),
    access: 'public',
  }),
  /** An administrator corrects the office name; the code cannot change. */
  'office.rename': method<OfficeInfo>()({
    effect: 'write',
    changesOffice: true,
    input: z.object({ name: text(OFFICE_NAME_MAX).min(1) }),
    access: ADMINS,
  }),
  /** A job, not a write: a refused sign-in is counted and audited in its own transaction, which the refusal must not undo. */
  'auth.login': method<SessionUser>()({
    effect: 'job',
    input: z.object({ username: text(ACCOUNT_LIMITS.username), password }),
    access: 'public',
  }),
  'auth.logout': method<null>()({ effect: 'read', input: z.object({}), access: 'public' }),
  /** The idle check the renderer makes by itself: how long until idle sign-out, without counting as activity. */
  'auth.session': method<SessionIdle>()({ effect: 'read', input: z.object({}), access: 'signedIn', background: true }),
  /** The user is active (typed, clicked, or chose 继续使用): the idle clock starts again. */
  'auth.keepAlive': method<SessionIdle>()({ effect: 'read', input: z.object({}), access: 'signedIn' }),

  /** The signed-in user's own password; the current one is required. Ends the user's other sessions. */
  'auth.changePassword': method<null>()({
    effect: 'write',
    input: z.object({ currentPassword: password, newPassword: password }),
    access: 'signedIn',
  }),

  'users.list': method<UserInfo[]>()({ effect: 'read', input: z.object({}), access: ADMINS }),
  'users.create': method<UserInfo>()({
    effect: 'write',
    input: z.object({
      username: text(ACCOUNT_LIMITS.username).min(1),
      displayName: text(ACCOUNT_LIMITS.displayName),
      roles: z.array(role).min(1),
      password,
    }),
    access: ADMINS,
  }),
  'users.update': method<UserInfo>()({
    effect: 'write',
    input: z.object({
      id: z.uuid(),
      displayName: text(ACCOUNT_LIMITS.displayName).optional(),
      roles: z.array(role).min(1).optional(),
      active: z.boolean().optional(),
      password: password.optional(),
    }),
    access: ADMINS,
  }),

  'db.check': method<DbCheckResult>()({ effect: 'read', input: z.object({}), access: ADMINS }),
} as const;
