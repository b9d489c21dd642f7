// The legacy certificate register import -> core (job: it writes in one transaction of its own, legacy/write.ts).
import type { HandlersFor } from '../../handler';
import { importLegacyCertificates } from './import';
import type { TrainingLegacyMethodName } from './methods';

export const trainingLegacyHandlers: HandlersFor<TrainingLegacyMethodName> = {
  'training.legacy.import': (ctx, input) =>
    importLegacyCertificates(ctx, {
      fileName: input.fileName,
      bytes: Buffer.from(input.contentBase64, 'base64'),
      dryRun: input.dryRun,
    }),
};
