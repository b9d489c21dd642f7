// The offices whose records a table holds (in the city: its own and every county's), named from the office
// itself, else the trust list, for the office column and filter of the city's grids.
import type { CoreContext } from '../context';
import type { PeopleOffice } from '../people/contract';
import { rowRead, valueRead } from './reads';

/** `table` is one of the code's own table names, never input. Own office first, then by code. */
export function officesHolding(
  ctx: CoreContext,
  table: 'people' | 'stock_items' | 'training_certificates',
): PeopleOffice[] {
  return rowRead<{ code: string; name: string | null; own: number }>(
    `SELECT p.office_code AS code,
      coalesce((SELECT name FROM office WHERE code = p.office_code), (SELECT name FROM trusted_offices WHERE office_code = p.office_code)) AS name,
      p.office_code = (SELECT code FROM office) AS own
    FROM (SELECT DISTINCT office_code FROM ${table}) p ORDER BY own DESC, code`,
  )
    .on(ctx.store.sqlite)
    .all()
    .map((r) => ({ code: r.code, name: r.name, own: r.own === 1 }));
}

const OFFICE_NAME = valueRead<string, [{ code: string }]>(
  `SELECT coalesce((SELECT name FROM office WHERE code = @code),
    (SELECT name FROM trusted_offices WHERE office_code = @code), @code)`,
);

/** An office's name as this database knows it (own office, else the trust list, else its code). */
export function officeName(ctx: CoreContext, code: string): string {
  return OFFICE_NAME.on(ctx.store.sqlite).get({ code })!;
}
