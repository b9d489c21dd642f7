// The pairings -> core.
import type { HandlersFor } from '../../handler';
import { exportPairings } from './export';
import type { PairingMethodName } from './methods';
import { assignCadre, endPairing, voidPairing } from './pairings';
import { listPairings } from './query';

export const pairingHandlers: HandlersFor<PairingMethodName> = {
  'pairing.pairings.list': (ctx, input) => listPairings(ctx, input),
  'pairing.pairings.export': (ctx, input) => exportPairings(ctx, input),
  'pairing.pairings.assign': (ctx, input) => assignCadre(ctx, input),
  'pairing.pairings.end': (ctx, input) => endPairing(ctx, input),
  'pairing.pairings.void': (ctx, input) => voidPairing(ctx, input.id, input.reason),
};
