// One household's paired assistance: its timeline (a year or all time) and its 扶贫手册 for printing.
import { z } from 'zod';
import { method } from '@api/method';
import { recordId } from '../../households/roster/methods';
import { PAIRING_READERS } from '../contract';
import type { HouseholdHandbook, HouseholdTimeline } from './contract';

export const householdPairingMethods = {
  /** Everything the household received and every visit, in `year` or (null) all time. */
  'pairing.timeline': method<HouseholdTimeline>()({
    effect: 'read',
    input: z.object({ householdId: recordId, year: z.number().int().min(1950).max(2199).nullable() }),
    access: PAIRING_READERS,
  }),
  'pairing.handbook': method<HouseholdHandbook>()({
    effect: 'read',
    input: z.object({ householdId: recordId }),
    access: PAIRING_READERS,
  }),
} as const;

export type HouseholdPairingMethodName = keyof typeof householdPairingMethods;
