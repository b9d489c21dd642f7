// The outbox methods mapped to the county side of the exchange core.
import { exportPackage } from '../core/exchange/export/exportPackage';
import { outboxRecipients } from '../core/exchange/outbox/recipients';
import { packageFileContents } from '../core/exchange/outbox/rewrite';
import { listOutbox } from '../core/exchange/outbox/store';
import { importReceiptUpload } from '../core/exchange/outbox/upload';
import type { HandlersFor } from './types';

type OutboxMethods = 'outbox.recipients' | 'outbox.export' | 'outbox.list' | 'outbox.files' | 'outbox.importReceipt';

export const outboxHandlers: HandlersFor<OutboxMethods> = {
  'outbox.recipients': (ctx) => outboxRecipients(ctx),
  'outbox.export': (ctx, input) => exportPackage(ctx, input),
  'outbox.list': (ctx, input) => listOutbox(ctx, input.recipient),
  'outbox.files': (ctx, input) => packageFileContents(ctx, input.packageId, input.part),
  'outbox.importReceipt': (ctx, input) => importReceiptUpload(ctx, input.files),
};
