// Office setup, sign-in and user management: the API methods that exist before any domain.
import type { MethodName } from '../../api/contract';
import { checkDatabase } from '../admin/check';
import type { HandlersFor } from '../handler';
import { renameOffice, setUpNewOffice } from './office';
import { changeOwnPassword } from './passwordChange';
import { signIn } from './signIn';
import { createUser, listUsers, updateUser } from './users';

type OfficeMethods = Extract<MethodName, `office.${string}` | `auth.${string}` | `users.${string}` | `db.${string}`>;

export const officeHandlers: HandlersFor<OfficeMethods> = {
  'office.status': (ctx) => ({
    configured: ctx.office !== null,
    office: ctx.office,
    user: ctx.actor
      ? {
          id: ctx.actor.userId,
          username: ctx.actor.username,
          displayName: ctx.actor.displayName,
          roles: ctx.actor.roles,
        }
      : null,
  }),
  'office.setup': (ctx, input) => setUpNewOffice(ctx, input),
  'auth.login': (ctx, input) => {
    const actor = signIn(ctx, input.username, input.password);
    ctx.signIn(actor);
    return { id: actor.userId, username: actor.username, displayName: actor.displayName, roles: actor.roles };
  },
  'office.rename': (ctx, input) => renameOffice(ctx, input.name),
  'auth.changePassword': (ctx, input) => {
    changeOwnPassword(ctx, input);
    // The password hash changed, so the router ends every session of this user at its next call - but this one.
    ctx.keepOwnSession();
    return null;
  },
  'auth.logout': (ctx) => {
    ctx.signOut();
    return null;
  },
  'auth.session': (ctx) => ctx.idle(),
  'auth.keepAlive': (ctx) => ctx.idle(),
  'users.list': (ctx) => listUsers(ctx),
  'users.create': (ctx, input) => createUser(ctx, input),
  'users.update': (ctx, input) => {
    const user = updateUser(ctx, input);
    // A changed password or role ends the user's sessions (the router sees other credentials); an administrator
    // editing themself keeps this one unless the password changed.
    if (input.id === ctx.actor?.userId && input.password === undefined) ctx.keepOwnSession();
    return user;
  },
  'db.check': (ctx) => checkDatabase(ctx.store),
};
