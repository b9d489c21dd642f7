// The pairing list import (cadre ID number, head ID number, from date): a dry run lists every bad row; the import
// writes the valid rows in one transaction. Clerks import (admins may too).
import { z } from 'zod';
import { method, text } from '@api/method';
import { PAIRING_CLERKS } from '../contract';
import type { PairingImportResult } from './contract';

export const pairingImportMethods = {
  'pairing.import': method<PairingImportResult>()({
    effect: 'job',
    input: z.object({
      fileName: text(260).min(1),
      contentBase64: z.string().max(60 * 1024 * 1024),
      dryRun: z.boolean().optional(),
    }),
    access: PAIRING_CLERKS,
  }),
} as const;

export type PairingImportMethodName = keyof typeof pairingImportMethods;
