// The visit log -> core.
import type { HandlersFor } from '../../handler';
import { visitDetail } from './detail';
import { exportVisits } from './export';
import type { VisitMethodName } from './methods';
import { listVisits } from './query';
import { createVisit, updateVisit, voidVisit } from './visits';

export const visitHandlers: HandlersFor<VisitMethodName> = {
  'pairing.visits.list': (ctx, input) => listVisits(ctx, input),
  'pairing.visits.export': (ctx, input) => exportVisits(ctx, input),
  'pairing.visits.get': (ctx, input) => visitDetail(ctx, input.id),
  'pairing.visits.create': (ctx, input) => createVisit(ctx, input),
  'pairing.visits.update': (ctx, input) => updateVisit(ctx, input),
  'pairing.visits.void': (ctx, input) => voidVisit(ctx, input.id, input.reason),
};
