// What every core function receives: the open database, who is acting, and the clock.
import type { Store } from '../../db/open';
import type { Role } from '../api/roles';

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface CoreContext {
  store: Store;
  /** Null only for the public methods (office status, first-run setup, login). */
  actor: Actor | null;
  /** The API method being served, written to the audit log. */
  method: string;
  now: () => Date;
}

export function nowIso(ctx: CoreContext): string {
  return ctx.now().toISOString();
}

export function actorName(ctx: CoreContext): string {
  return ctx.actor?.username ?? 'system';
}
