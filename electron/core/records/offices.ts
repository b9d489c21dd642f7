// The offices whose records a table holds (in the city: its own and every county's), named from the office
// itself, else the trust list, for the office column and filter of the city's grids.
import type { CoreContext } from '../context';
import type { PeopleOffice } from '../people/contract';
import { cachedStatement } from './statements';

/** `table` is one of the code's own table names, never input. Own office first, then by code. */
export function officesHolding(
  ctx: CoreContext,
  table: 'people' | 'stock_items' | 'training_certificates',
): PeopleOffice[] {
  return cachedStatement(
    ctx.store.sqlite,
    `SELECT p.office_code AS code,
      coalesce((SELECT name FROM office WHERE code = p.office_code), (SELECT name FROM trusted_offices WHERE office_code = p.office_code)) AS name,
      p.office_code = (SELECT code FROM office) AS own
    FROM (SELECT DISTINCT office_code FROM ${table}) p ORDER BY own DESC, code`,
  )
    .all()
    .map((row) => {
      const r = row as { code: string; name: string | null; own: number };
      return { code: r.code, name: r.name, own: r.own === 1 };
    });
}
