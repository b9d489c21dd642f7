// The pairings (结对): the grid (those holding now, or the history), its export, pairing or changing a household's
// cadre, ending a pairing, voiding one entered by mistake. Clerks write; the office's readers read.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { isoDate, method, officeCode, optionalText, text } from '@api/method';
import { recordId, rowVersion } from '../../households/roster/methods';
import type { ExportedFile } from '../../people/contract';
import { direction, page } from '../cadres/methods';
import { PAIRING_CLERKS, PAIRING_READERS } from '../contract';
import { PAIRING_SORT_COLUMNS, type PairingPage, type PairingRow } from './contract';

const H = FIELD_LIMITS.households;

const pairingQuery = z.object({
  search: text(SEARCH_MAX).optional(),
  cadreId: recordId.optional(),
  householdId: recordId.optional(),
  township: text(H.township).optional(),
  village: text(H.village).optional(),
  includeEnded: z.boolean().optional(),
  includeVoided: z.boolean().optional(),
  officeCode: officeCode.optional(),
  sort: z
    .array(z.object({ column: z.enum(PAIRING_SORT_COLUMNS), direction }))
    .max(3)
    .optional(),
});

export const pairingMethods = {
  'pairing.pairings.list': method<PairingPage>()({
    effect: 'read',
    input: pairingQuery.extend(page),
    access: PAIRING_READERS,
  }),
  'pairing.pairings.export': method<ExportedFile>()({ effect: 'job', input: pairingQuery, access: PAIRING_READERS }),
  /** A new pairing, or a change of cadre: the pairing holding the household ends on `fromDate`. */
  'pairing.pairings.assign': method<PairingRow>()({
    effect: 'write',
    input: z.object({
      householdId: recordId,
      cadreId: recordId,
      fromDate: isoDate,
      reason: optionalText(FIELD_LIMITS.household_pairings.endReason),
    }),
    access: PAIRING_CLERKS,
  }),
  'pairing.pairings.end': method<PairingRow>()({
    effect: 'write',
    input: z.object({ id: recordId, rowVersion, date: isoDate, reason: text(REASON_MAX).min(1) }),
    access: PAIRING_CLERKS,
  }),
  'pairing.pairings.void': method<PairingRow>()({
    effect: 'write',
    input: z.object({ id: recordId, reason: text(REASON_MAX).min(1) }),
    access: PAIRING_CLERKS,
  }),
} as const;

export type PairingMethodName = keyof typeof pairingMethods;
