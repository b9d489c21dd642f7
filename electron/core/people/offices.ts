// The offices whose people this database holds (in the city: its own and every county's), named from the
// office itself and the trust list, for the grid's office column and filter.
import type { PeopleOffice } from '../../api/people';
import type { CoreContext } from '../context';
import { cachedStatement } from '../records/statements';

export function peopleOffices(ctx: CoreContext): PeopleOffice[] {
  return cachedStatement(ctx.store.sqlite, `SELECT p.office_code AS code,
      coalesce((SELECT name FROM office WHERE code = p.office_code), (SELECT name FROM trusted_offices WHERE office_code = p.office_code)) AS name,
      p.office_code = (SELECT code FROM office) AS own
    FROM (SELECT DISTINCT office_code FROM people) p ORDER BY own DESC, code`).all()
    .map((row) => { const r = row as { code: string; name: string | null; own: number }; return { code: r.code, name: r.name, own: r.own === 1 }; });
}
