// The city's inbox: verify, preview and apply county packages, the inbox and review lists, accepting a
// snapshot after a fork (administrators), and receipts back to a county.
import { z } from 'zod';
import { ADMINS, method, officeCode, text } from '@api/method';
import type { Role } from '@api/roles';
import type { ImportOutcome, InboxList, ReceiptDownload, ReviewEntry, ReviewPage, VerifyResult } from './contract';

const RECEIVERS: readonly Role[] = ['clerk', 'approver'];
const REVIEWERS: readonly Role[] = ['approver'];

const uploadedFile = z.object({ fileName: text(260).min(1), contentBase64: z.string().max(40 * 1024 * 1024) });
const upload = z.object({ uploadId: z.uuid() });

export const inboxMethods = {
  /** Keeps the files for preview and apply, and checks them through (every chunk). */
  'inbox.verify': method<VerifyResult & { uploadId: string }>()({
    effect: 'job',
    input: z.object({ files: z.array(uploadedFile).min(1).max(50) }),
    access: RECEIVERS,
  }),
  'inbox.preview': method<ImportOutcome>()({
    effect: 'job',
    input: upload.extend({ acceptSnapshot: z.boolean().optional() }),
    access: RECEIVERS,
  }),
  /** acceptSnapshot (resync a forked county) is refused unless the caller is an administrator. */
  'inbox.apply': method<ImportOutcome>()({
    effect: 'job',
    input: upload.extend({ acceptSnapshot: z.boolean().optional() }),
    access: RECEIVERS,
  }),
  'inbox.discard': method<{ ok: true }>()({ effect: 'job', input: upload, access: RECEIVERS }),
  /** The import wizard closes: sort indexes large packages dropped are built again. */
  'inbox.finish': method<{ indexesRebuilt: number }>()({ effect: 'job', input: z.object({}), access: RECEIVERS }),
  'inbox.list': method<InboxList>()({ effect: 'read', input: z.object({}), access: RECEIVERS }),
  'inbox.acceptSnapshot': method<ImportOutcome>()({
    effect: 'job',
    input: z.object({ packageId: z.uuid() }),
    access: ADMINS,
  }),
  'inbox.review': method<ReviewPage>()({
    effect: 'read',
    input: z.object({
      status: z.enum(['open', 'applied', 'dismissed']).optional(),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
    }),
    access: RECEIVERS,
  }),
  'inbox.resolveReview': method<ReviewEntry>()({
    effect: 'write',
    input: z.object({ id: z.number().int().min(1), action: z.enum(['apply', 'dismiss']) }),
    access: REVIEWERS,
  }),
  /** Dismisses the chosen open entries together (all or none). */
  'inbox.dismissReviews': method<{ dismissed: number }>()({
    effect: 'write',
    input: z.object({ ids: z.array(z.number().int().min(1)).min(1).max(500) }),
    access: REVIEWERS,
  }),
  'inbox.writeReceipt': method<ReceiptDownload>()({
    effect: 'job',
    input: z.object({ to: officeCode }),
    access: RECEIVERS,
  }),
} as const;
