// Office setup, sign-in and user management: the API methods that exist before any domain.
import type { MethodName } from '../api/contract';
import { readOffice, setupOffice } from '../core/accounts/office';
import { createUser, listUsers, signIn, updateUser } from '../core/accounts/users';
import { checkDatabase } from '../core/admin/check';
import type { HandlersFor } from './types';

type OfficeMethods = Extract<MethodName, `office.${string}` | `auth.${string}` | `users.${string}` | `db.${string}`>;

export const officeHandlers: HandlersFor<OfficeMethods> = {
  'office.status': (ctx) => ({
    configured: readOffice(ctx.store) !== null,
    office: readOffice(ctx.store),
    user: ctx.actor ? { id: ctx.actor.userId, username: ctx.actor.username, displayName: ctx.actor.displayName, roles: ctx.actor.roles } : null,
  }),
  'office.setup': (ctx, input) => setupOffice(ctx, input),
  'auth.login': (ctx, input) => {
    const actor = signIn(ctx, input.username, input.password);
    ctx.signIn(actor);
    return { id: actor.userId, username: actor.username, displayName: actor.displayName, roles: actor.roles };
  },
  'auth.logout': (ctx) => { ctx.signOut(); return null; },
  'users.list': (ctx) => listUsers(ctx),
  'users.create': (ctx, input) => createUser(ctx, input),
  'users.update': (ctx, input) => updateUser(ctx, input),
  'db.check': (ctx) => checkDatabase(ctx.store),
};
