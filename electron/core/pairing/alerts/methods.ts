// 帮扶提醒: the office's alert settings, pairings overdue for a visit, supported households with no cadre, cadres
// over the limit, and the contact cards (联系卡) to print. Clerks set the thresholds; the office's readers read.
import { z } from 'zod';
import { SEARCH_MAX } from '@api/limits';
import { method, officeCode, text } from '@api/method';
import { FIELD_LIMITS } from '@rules/limits';
import { CADRE_MAX_HOUSEHOLDS_RANGE, OVERDUE_MONTHS_RANGE } from '@rules/pairing';
import { recordId } from '../../households/roster/methods';
import { page } from '../cadres/methods';
import { PAIRING_CLERKS, PAIRING_READERS, type PairingSettings } from '../contract';
import type { AlertPage, ContactCardSet, OverduePage, OverloadedRow, UncoveredRow } from './contract';

const H = FIELD_LIMITS.households;
const months = z.number().int().min(OVERDUE_MONTHS_RANGE.min).max(OVERDUE_MONTHS_RANGE.max);
const place = { township: text(H.township).optional(), village: text(H.village).optional() };

export const alertMethods = {
  'pairing.settings.get': method<PairingSettings>()({
    effect: 'read',
    input: z.object({ officeCode: officeCode.optional() }),
    access: PAIRING_READERS,
  }),
  'pairing.settings.set': method<PairingSettings>()({
    effect: 'write',
    input: z.object({
      overdueMonths: months,
      cadreMaxHouseholds: z.number().int().min(CADRE_MAX_HOUSEHOLDS_RANGE.min).max(CADRE_MAX_HOUSEHOLDS_RANGE.max),
    }),
    access: PAIRING_CLERKS,
  }),
  /** Pairings whose cadre has not visited for `months` (the office's setting when left out), longest first. */
  'pairing.overdue': method<OverduePage>()({
    effect: 'read',
    input: z.object({
      months: months.optional(),
      search: text(SEARCH_MAX).optional(),
      ...place,
      cadreId: recordId.optional(),
      officeCode: officeCode.optional(),
      ...page,
    }),
    access: PAIRING_READERS,
  }),
  'pairing.uncovered': method<AlertPage<UncoveredRow>>()({
    effect: 'read',
    input: z.object({ search: text(SEARCH_MAX).optional(), ...place, officeCode: officeCode.optional(), ...page }),
    access: PAIRING_READERS,
  }),
  'pairing.overloaded': method<AlertPage<OverloadedRow> & { max: number }>()({
    effect: 'read',
    input: z.object({ officeCode: officeCode.optional(), ...page }),
    access: PAIRING_READERS,
  }),
  /** The cards of the households named, or of a township or village (those a cadre holds now). */
  'pairing.cards': method<ContactCardSet>()({
    effect: 'read',
    input: z.object({ householdIds: z.array(recordId).max(1000).optional(), ...place }),
    access: PAIRING_READERS,
  }),
} as const;

export type AlertMethodName = keyof typeof alertMethods;
