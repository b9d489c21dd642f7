// The outbox methods mapped to the county side of the exchange core.
import type { HandlersFor } from '../../handler';
import { exportPackage } from '../export/exportPackage';
import { outboxRecipients } from './recipients';
import { packageFileContents } from './rewrite';
import { listOutbox } from './store';
import { importReceiptUpload } from './upload';

type OutboxMethods = 'outbox.recipients' | 'outbox.export' | 'outbox.list' | 'outbox.files' | 'outbox.importReceipt';

export const outboxHandlers: HandlersFor<OutboxMethods> = {
  'outbox.recipients': (ctx) => outboxRecipients(ctx),
  'outbox.export': (ctx, input) => exportPackage(ctx, input),
  'outbox.list': (ctx, input) => listOutbox(ctx, input.recipient),
  'outbox.files': (ctx, input) => packageFileContents(ctx, input.packageId, input.part),
  'outbox.importReceipt': (ctx, input) => importReceiptUpload(ctx, input.files),
};
