// The member roster import: a dry run lists every bad row; the import writes the valid rows in one transaction.
// Clerks import (admins may too).
import { z } from 'zod';
import { method, text } from '@api/method';
import { MEMBER_CLERKS } from '../contract';
import type { MemberImportResult } from './contract';

export const memberImportMethods = {
  'members.import': method<MemberImportResult>()({
    effect: 'job',
    input: z.object({
      fileName: text(260).min(1),
      contentBase64: z.string().max(60 * 1024 * 1024),
      dryRun: z.boolean().optional(),
    }),
    access: MEMBER_CLERKS,
  }),
} as const;

export type MemberImportMethodName = keyof typeof memberImportMethods;
