// The pairing list import -> core (job: it writes in one transaction of its own).
import type { HandlersFor } from '../../handler';
import type { PairingImportMethodName } from './methods';
import { importPairings } from './pairings';

export const pairingImportHandlers: HandlersFor<PairingImportMethodName> = {
  'pairing.import': (ctx, input) =>
    importPairings(ctx, {
      fileName: input.fileName,
      bytes: Buffer.from(input.contentBase64, 'base64'),
      dryRun: input.dryRun,
    }),
};
