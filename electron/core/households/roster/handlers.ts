// The household register -> core.
import type { HandlersFor } from '../../handler';
import { getHousehold } from '../detail';
import { exportHouseholds } from './export';
import { householdFacets } from './facets';
import { createHousehold, updateHousehold, voidHousehold } from './households';
import type { HouseholdRosterMethodName } from './methods';
import { listHouseholds } from './query';

export const householdRosterHandlers: HandlersFor<HouseholdRosterMethodName> = {
  'households.list': (ctx, input) => listHouseholds(ctx, input),
  'households.export': (ctx, input) => exportHouseholds(ctx, input),
  'households.facets': (ctx, input) => householdFacets(ctx, input),
  'households.get': (ctx, input) => getHousehold(ctx, input.id),
  'households.create': (ctx, input) => createHousehold(ctx, input),
  'households.update': (ctx, input) => updateHousehold(ctx, input.id, input.rowVersion, input.patch),
  'households.void': (ctx, input) => voidHousehold(ctx, input.id, input.reason),
};
