// Service records -> core.
import { fail } from '../../errors';
import type { HandlersFor } from '../../handler';
import type { HandlerContext } from '../../handlerContext';
import { officeCodeOf, readOfficeOf } from '../../stock/office';
import { setStarThresholds, starThresholds } from '../settings';
import { findActivity, listActivities } from './activities';
import { decideService, voidService } from './decide';
import { enterServiceHours } from './entry';
import { listService } from './list';
import type { VolunteerServiceMethodName } from './methods';
import { serviceEntryCheck, volunteerPicks } from './picks';
import { milestones, volunteerStats } from './stats';

/** One office's figures: the own office, or a county the city names. */
function oneOffice(ctx: HandlerContext, requested?: string): string {
  const code = readOfficeOf(ctx, requested);
  return code === 'all' ? fail('FORBIDDEN') : code;
}

export const volunteerServiceHandlers: HandlersFor<VolunteerServiceMethodName> = {
  'volunteers.activities.list': (ctx, input) => listActivities(ctx, input),
  'volunteers.activities.get': (ctx, input) => findActivity(ctx, input.id),
  'volunteers.service.enter': (ctx, input) => enterServiceHours(ctx, input),
  'volunteers.service.picks': (ctx, input) => volunteerPicks(ctx, input.lines),
  'volunteers.service.check': (ctx, input) => serviceEntryCheck(ctx, input),
  'volunteers.service.list': (ctx, input) => listService(ctx, oneOffice(ctx, input.officeCode), input),
  'volunteers.service.decide': (ctx, input) => decideService(ctx, input),
  'volunteers.service.void': (ctx, input) => voidService(ctx, input.ids, input.reason),
  'volunteers.stats': (ctx, input) => volunteerStats(ctx, oneOffice(ctx, input.officeCode), input.year),
  'volunteers.milestones': (ctx, input) => milestones(ctx, oneOffice(ctx, input.officeCode), input.year),
  'volunteers.settings.get': (ctx) => ({ starThresholds: starThresholds(ctx, officeCodeOf(ctx)) }),
  'volunteers.settings.set': (ctx, input) => ({ starThresholds: setStarThresholds(ctx, input.starThresholds) }),
};
