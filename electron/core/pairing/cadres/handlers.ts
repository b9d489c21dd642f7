// The cadres -> core.
import type { HandlersFor } from '../../handler';
import { createCadre, updateCadre, voidCadre } from './cadres';
import { exportCadres } from './export';
import type { CadreMethodName } from './methods';
import { getCadre, listCadres } from './query';

export const cadreHandlers: HandlersFor<CadreMethodName> = {
  'pairing.cadres.list': (ctx, input) => listCadres(ctx, input),
  'pairing.cadres.export': (ctx, input) => exportCadres(ctx, input),
  'pairing.cadres.get': (ctx, input) => getCadre(ctx, input.id),
  'pairing.cadres.create': (ctx, input) => createCadre(ctx, input),
  'pairing.cadres.update': (ctx, input) => updateCadre(ctx, input.id, input.rowVersion, input.patch),
  'pairing.cadres.void': (ctx, input) => voidCadre(ctx, input.id, input.reason),
};
