// One household as its page shows it: the grid's row with its members now and those who left.
import type { CoreContext } from '../context';
import { membersOf } from './members/rows';
import type { HouseholdDetail } from './roster/contract';
import { getHouseholdRow } from './roster/query';

export function getHousehold(ctx: CoreContext, id: string): HouseholdDetail {
  return { ...getHouseholdRow(ctx, id), ...membersOf(ctx, id) };
}
