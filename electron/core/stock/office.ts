// Small shared pieces of the stock core: the office code, the local date, role checks, lookups.
import type { Role } from '../../api/roles';
import { hasRole } from '../../api/roles';
import { requireOffice } from '../accounts/office';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { cachedStatement } from '../records/statements';

export function officeCodeOf(ctx: CoreContext): string {
  return requireOffice(ctx.store).code;
}

/** Today's date where the offices are (China, UTC+8), as YYYY-MM-DD. */
export function localToday(ctx: CoreContext): string {
  return new Date(ctx.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The router checks roles for API calls; the core checks again for the CLI and for other domains' callers. */
export function requireRole(ctx: CoreContext, roles: readonly Role[], code: string): void {
  if (!ctx.actor || !hasRole(ctx.actor.roles, roles)) fail(code);
}

/** A live record of a stock table, or NOT_FOUND naming what was looked for. */
export function requireLive<T>(ctx: CoreContext, table: string, id: string, what: string, columns = 'id'): T {
  const row = cachedStatement(ctx.store.sqlite, `SELECT ${columns} FROM ${table} WHERE id = ? AND voided = 0`).get(id) as T | undefined;
  return row ?? fail('NOT_FOUND', { what, id });
}
