// The member roster import -> core (job: it writes in one transaction of its own).
import type { HandlersFor } from '../../handler';
import type { MemberImportMethodName } from './methods';
import { importMembers } from './roster';

export const memberImportHandlers: HandlersFor<MemberImportMethodName> = {
  'members.import': (ctx, input) =>
    importMembers(ctx, {
      fileName: input.fileName,
      bytes: Buffer.from(input.contentBase64, 'base64'),
      dryRun: input.dryRun,
    }),
};
