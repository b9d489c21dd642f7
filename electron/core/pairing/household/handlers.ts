// One household's timeline and 扶贫手册 -> core.
import type { HandlersFor } from '../../handler';
import { householdHandbook } from './handbook';
import type { HouseholdPairingMethodName } from './methods';
import { householdTimeline } from './timeline';

export const householdPairingHandlers: HandlersFor<HouseholdPairingMethodName> = {
  'pairing.timeline': (ctx, input) => householdTimeline(ctx, input.householdId, input.year),
  'pairing.handbook': (ctx, input) => householdHandbook(ctx, input.householdId),
};
