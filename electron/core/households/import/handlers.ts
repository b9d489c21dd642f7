// The household import -> core (job: it writes in one transaction of its own).
import type { HandlersFor } from '../../handler';
import { importHouseholds } from './households';
import type { HouseholdImportMethodName } from './methods';

export const householdImportHandlers: HandlersFor<HouseholdImportMethodName> = {
  'households.import': (ctx, input) =>
    importHouseholds(ctx, {
      fileName: input.fileName,
      bytes: Buffer.from(input.contentBase64, 'base64'),
      dryRun: input.dryRun,
    }),
};
