// The inbox methods mapped to the city side of the exchange core.
import fs from 'node:fs';
import { hasRole } from '@api/roles';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import type { HandlersFor } from '../../handler';
import {
  acceptSnapshot,
  applyPreviewed,
  dismissReviews,
  finishImports,
  listInbox,
  listReview,
  previewToApply,
  releaseStaged,
  resolveReview,
  verifyForCity,
  writeReceipt,
} from './';
import { dropUpload, saveUpload, uploadPaths } from './uploads';

type InboxMethods =
  | 'inbox.verify'
  | 'inbox.preview'
  | 'inbox.apply'
  | 'inbox.discard'
  | 'inbox.finish'
  | 'inbox.list'
  | 'inbox.acceptSnapshot'
  | 'inbox.review'
  | 'inbox.resolveReview'
  | 'inbox.dismissReviews'
  | 'inbox.writeReceipt';

/** The import wizard's calls, and reads: the only ones a staged preview (core/exchange/inbox/staged.ts) outlasts. */
export const KEEPS_STAGED_PREVIEW: ReadonlySet<string> = new Set<InboxMethods>([
  'inbox.verify',
  'inbox.preview',
  'inbox.apply',
  'inbox.discard',
  'inbox.finish',
  'inbox.list',
  'inbox.review',
]);

function requireAdminFor(ctx: CoreContext, acceptSnapshotWanted: boolean | undefined): void {
  if (acceptSnapshotWanted && !hasRole(ctx.actor?.roles ?? [], ['admin']))
    fail('FORBIDDEN', { method: 'inbox.acceptSnapshot' });
}

export const inboxHandlers: HandlersFor<InboxMethods> = {
  'inbox.verify': async (ctx, input) => {
    const { uploadId, paths } = saveUpload(ctx, input.files);
    try {
      return { ...(await verifyForCity(ctx, paths)), uploadId };
    } catch (error) {
      dropUpload(ctx, uploadId);
      throw error;
    }
  },
  'inbox.preview': (ctx, input) => {
    requireAdminFor(ctx, input.acceptSnapshot);
    return previewToApply(ctx, uploadPaths(ctx, input.uploadId), input.uploadId, {
      acceptSnapshot: input.acceptSnapshot,
    });
  },
  'inbox.apply': async (ctx, input) => {
    requireAdminFor(ctx, input.acceptSnapshot);
    const outcome = await applyPreviewed(ctx, uploadPaths(ctx, input.uploadId), input.uploadId, {
      acceptSnapshot: input.acceptSnapshot,
    });
    dropUpload(ctx, input.uploadId); // a held or forked package keeps its own copy in the inbox
    return outcome;
  },
  'inbox.discard': (ctx, input) => {
    releaseStaged(ctx.store.file, input.uploadId);
    dropUpload(ctx, input.uploadId);
    return { ok: true as const };
  },
  'inbox.finish': (ctx) => finishImports(ctx),
  'inbox.list': (ctx) => listInbox(ctx),
  'inbox.acceptSnapshot': (ctx, input) => acceptSnapshot(ctx, input.packageId),
  'inbox.review': (ctx, input) => listReview(ctx, input),
  'inbox.resolveReview': (ctx, input) => resolveReview(ctx, input.id, input.action),
  'inbox.dismissReviews': (ctx, input) => dismissReviews(ctx, input.ids),
  'inbox.writeReceipt': async (ctx, input) => {
    const written = await writeReceipt(ctx, { to: input.to });
    return { ...written, contentBase64: fs.readFileSync(written.file).toString('base64') };
  },
};
