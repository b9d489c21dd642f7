// The volunteer imports -> core (job: each writes in one transaction of its own).
import type { HandlersFor } from '../../handler';
import { importHours } from './hours';
import type { VolunteerImportMethodName } from './methods';
import { importVolunteers } from './roster';

const bytesOf = (contentBase64: string) => Buffer.from(contentBase64, 'base64');

export const volunteerImportHandlers: HandlersFor<VolunteerImportMethodName> = {
  'volunteers.import': (ctx, input) =>
    importVolunteers(ctx, { fileName: input.fileName, bytes: bytesOf(input.contentBase64), dryRun: input.dryRun }),
  'volunteers.importHours': (ctx, input) =>
    importHours(ctx, {
      fileName: input.fileName,
      bytes: bytesOf(input.contentBase64),
      dryRun: input.dryRun,
      pending: input.pending,
    }),
};
