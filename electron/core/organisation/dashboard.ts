// The figures of the organisation dashboard, each read by the code of the list it stands for, so a figure and the
// list it opens agree: the volunteer roster's filter, the approval list's totals, the star page's approved hours,
// the members' stats and the lapse rule of their list to call.
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { memberStats } from '../members/dues/lists';
import { aboutToLapse, currentYear } from '../members/standing';
import { valueRead } from '../records/reads';
import { readOfficeOf } from '../stock/office';
import { countVolunteers } from '../volunteers/roster/query';
import { serviceTotals } from '../volunteers/service/list';
import { approvedByMonth } from '../volunteers/service/stats';
import type { OrganisationDashboard } from './contract';

/** Members recorded 有效 whose dues of last year are unpaid and who have not lapsed yet. */
function membersAboutToLapse(ctx: CoreContext, officeCode: string, year: number): number {
  const soon = aboutToLapse(year);
  return valueRead<number>(`SELECT count(*) FROM members m WHERE m.office_code = ? AND m.voided = 0 AND ${soon.sql}`)
    .on(ctx.store.sqlite)
    .get(officeCode, ...soon.params)!;
}

export function organisationDashboard(ctx: CoreContext, requested?: string): OrganisationDashboard {
  const officeCode = readOfficeOf(ctx, requested);
  if (officeCode === 'all') fail('FORBIDDEN');
  const year = currentYear(ctx);
  const byMonth = approvedByMonth(ctx, officeCode, year);
  const pending = serviceTotals(ctx, officeCode, { status: 'pending' });
  return {
    officeCode,
    year,
    volunteers: {
      active: countVolunteers(ctx, officeCode, { status: 'active' }),
      registeredThisYear: countVolunteers(ctx, officeCode, {
        registeredFrom: `${year}-01-01`,
        registeredTo: `${year}-12-31`,
      }),
    },
    approvedHalfHours: byMonth.reduce((sum, halfHours) => sum + halfHours, 0),
    approvedByMonth: byMonth,
    pending: { records: pending.total, halfHours: pending.halfHours },
    members: {
      ...memberStats(ctx, { officeCode }),
      aboutToLapse: membersAboutToLapse(ctx, officeCode, year),
    },
  };
}
