// Training reference data -> core.
import type { HandlersFor } from '../../handler';
import { createKind, listKinds, updateKind, voidKind } from './kinds';
import type { TrainingKindMethodName } from './methods';
import { addAlias, listAliases, listPopulations, listTargets, setPopulation, setTarget, voidAlias } from './settings';

export const trainingKindHandlers: HandlersFor<TrainingKindMethodName> = {
  'training.kinds.list': (ctx, input) => listKinds(ctx, input.includeVoided),
  'training.kinds.create': (ctx, input) => createKind(ctx, input),
  'training.kinds.update': (ctx, input) => updateKind(ctx, input.id, input.rowVersion, input.patch),
  'training.kinds.void': (ctx, input) => voidKind(ctx, input.id, input.reason),
  'training.aliases.list': (ctx) => listAliases(ctx),
  'training.aliases.add': (ctx, input) => addAlias(ctx, input.alias, input.kindId),
  'training.aliases.void': (ctx, input) => voidAlias(ctx, input.id, input.reason),
  'training.populations.list': (ctx) => listPopulations(ctx),
  'training.populations.set': (ctx, input) => setPopulation(ctx, input.township, input.population),
  'training.targets.list': (ctx) => listTargets(ctx),
  'training.targets.set': (ctx, input) => setTarget(ctx, input.year, input),
};
