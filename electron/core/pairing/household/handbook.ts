// The household file in the 扶贫手册's layout, for the household to keep: the household and its members, the poverty
// file (causes, status history, incomes, measures and their results), every cadre it had, and its visits and what it
// received, oldest first.
import type { CoreContext } from '../../context';
import { getHousehold } from '../../households/detail';
import { povertyFileOf } from '../../households/poverty/reads';
import { cadreHistory } from '../pairings/query';
import type { HouseholdHandbook } from './contract';
import { householdEvents, timelineTotals } from './timeline';

export function householdHandbook(ctx: CoreContext, householdId: string): HouseholdHandbook {
  const household = getHousehold(ctx, householdId);
  const timeline = householdEvents(ctx, householdId).reverse();
  return {
    household,
    poverty: povertyFileOf(ctx, householdId),
    cadres: cadreHistory(ctx, householdId, household.officeCode),
    timeline,
    totals: timelineTotals(timeline),
  };
}
