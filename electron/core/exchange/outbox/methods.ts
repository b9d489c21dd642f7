// The county's outbox: packages for the city (export, list, write again) and receipts coming back.
import { z } from 'zod';
import { method, officeCode, text } from '@api/method';
import type { Role } from '@api/roles';
import type { ExportResult, OutboxEntry, OutboxRecipient, PackageFileContent, ReceiptImportResult } from './contract';

const SENDERS: readonly Role[] = ['clerk', 'approver'];

const uploadedFile = z.object({ fileName: text(260).min(1), contentBase64: z.string().max(40 * 1024 * 1024) });

export const outboxMethods = {
  'outbox.recipients': method<OutboxRecipient[]>()({ effect: 'read', input: z.object({}), access: SENDERS }),
  'outbox.export': method<ExportResult>()({
    effect: 'job',
    input: z.object({
      to: officeCode,
      snapshot: z.boolean().optional(),
      partMb: z.number().int().min(1).max(2048).optional(),
    }),
    access: SENDERS,
  }),
  'outbox.list': method<OutboxEntry[]>()({
    effect: 'read',
    input: z.object({ recipient: officeCode.optional() }),
    access: SENDERS,
  }),
  /** A package's files for the renderer to save: right after export, or again for a lost copy. */
  'outbox.files': method<PackageFileContent[]>()({
    effect: 'job',
    input: z.object({ packageId: z.uuid(), part: z.number().int().min(1).optional() }),
    access: SENDERS,
  }),
  'outbox.importReceipt': method<ReceiptImportResult>()({
    effect: 'job',
    input: z.object({ files: z.array(uploadedFile).min(1).max(50) }),
    access: SENDERS,
  }),
} as const;
