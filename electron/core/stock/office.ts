// Small shared pieces of the stock core: the office code, the local date, role checks, lookups.
import type { Role } from '@rules/roles';
import { hasRole } from '@rules/roles';
import { officeOf } from '../accounts/officeRow';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { valueRead } from '../records/reads';

export function officeCodeOf(ctx: CoreContext): string {
  return officeOf(ctx).code;
}

/** An office code, or every office whose stock the city holds. */
export type ReadOffice = string | 'all';

/**
 * The office a read is for (writes always use officeCodeOf): the own office unless the city names one of
 * its counties, or 'all'. A county naming any other office is refused (FORBIDDEN), never silently given its own.
 */
export function readOfficeOf(ctx: CoreContext, requested?: ReadOffice | null): ReadOffice {
  const office = officeOf(ctx);
  if (!requested || requested === office.code) return office.code;
  if (office.role !== 'city') fail('FORBIDDEN');
  return requested;
}

const OFFICE_NAME = valueRead<string>(
  `SELECT coalesce((SELECT name FROM office WHERE code = @code),
  (SELECT name FROM trusted_offices WHERE office_code = @code), @code)`,
);

/** The office a one-office report is for, with its name (own office, the office table, else the trust list, else the code). */
export function reportOfficeOf(ctx: CoreContext, requested?: string | null): { code: string; name: string } {
  const code = readOfficeOf(ctx, requested);
  if (code === 'all') fail('FORBIDDEN'); // the contract lets 'all' through only where rows are per office
  const name = OFFICE_NAME.on(ctx.store.sqlite).get({ code }) ?? code;
  return { code, name };
}

/** Today's date where the offices are (China, UTC+8), as YYYY-MM-DD. */
export function localToday(ctx: CoreContext): string {
  return new Date(ctx.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The router checks roles for API calls; the core checks again for the CLI and for other domains' callers. */
export function requireRole(ctx: CoreContext, roles: readonly Role[], code: string): void {
  if (!ctx.actor || !hasRole(ctx.actor.roles, roles)) fail(code);
}

/**
 * SQL condition: the row is this office's. What a write refers to (warehouse, item, lot, donor, household) must be:
 * in the city, a county's records are there to be read, never to be drawn on by the city's own documents.
 */
export const OWN_OFFICE = 'office_code = (SELECT code FROM office)';

/** A live record of this office in a stock table, or NOT_FOUND naming what was looked for. */
export function requireLive(ctx: CoreContext, table: string, id: string, what: string): void {
  const live = valueRead<number>(`SELECT 1 FROM ${table} WHERE id = ? AND voided = 0 AND ${OWN_OFFICE}`)
    .on(ctx.store.sqlite)
    .get(id);
  if (live === undefined) fail('NOT_FOUND', { what, id });
}
