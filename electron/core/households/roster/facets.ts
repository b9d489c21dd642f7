// The places the office's households are in (乡镇, 村), for the grid's choice lists under the headers and for a
// campaign choosing households by place: read from the place index, not from the households' rows.
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { tupleRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import type { HouseholdFacets } from './contract';

const PLACES = tupleRead<[township: string | null, village: string | null], [officeCode: string]>(
  `SELECT township, village FROM households WHERE office_code = ? AND voided = 0
   GROUP BY township, village ORDER BY township, village`,
);

export function householdFacets(ctx: CoreContext, query: { officeCode?: string }): HouseholdFacets {
  const officeCode = readOfficeOf(ctx, query.officeCode);
  if (officeCode === 'all') fail('FORBIDDEN');
  const townships = new Set<string>();
  const villages: HouseholdFacets['villages'] = [];
  for (const [township, village] of PLACES.on(ctx.store.sqlite).all(officeCode)) {
    if (township !== null) townships.add(township);
    if (village !== null) villages.push({ township, village });
  }
  return { townships: [...townships], villages };
}
