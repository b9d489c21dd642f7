// A household's members: add, move to another household (history kept), leave, a new head, a relation corrected,
// a membership voided when entered by mistake, and each member's labour, health and schooling. Clerks write.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX } from '@api/limits';
import { isoDate, method, optionalText, text } from '@api/method';
import { HEALTH_STATUSES, HOUSEHOLD_RELATIONS, LABOUR_STATUSES, SCHOOL_STAGES } from '@rules/households';
import { personInput } from '../../people/methods';
import { HOUSEHOLD_CLERKS, HOUSEHOLD_READERS } from '../contract';
import type { HouseholdDetail } from '../roster/contract';
import { recordId, rowVersion } from '../roster/methods';
import type { PersonHouseholdSpell } from './contract';

const relation = z.enum(HOUSEHOLD_RELATIONS);

export const householdMemberMethods = {
  /** The households a person was or is in (户籍变动), oldest first. */
  'households.members.history': method<PersonHouseholdSpell[]>()({
    effect: 'read',
    input: z.object({ personId: recordId }),
    access: HOUSEHOLD_READERS,
  }),
  'households.members.add': method<HouseholdDetail>()({
    effect: 'write',
    input: z.union([
      z.object({ householdId: recordId, relation, fromDate: isoDate, personId: recordId }),
      z.object({
        householdId: recordId,
        relation,
        fromDate: isoDate,
        person: personInput,
        acceptWarnings: z.boolean().optional(),
      }),
    ]),
    access: HOUSEHOLD_CLERKS,
  }),
  /** Answers the household the person moved to. */
  'households.members.move': method<HouseholdDetail>()({
    effect: 'write',
    input: z.object({
      personId: recordId,
      toHouseholdId: recordId,
      relation,
      date: isoDate,
      reason: optionalText(REASON_MAX),
    }),
    access: HOUSEHOLD_CLERKS,
  }),
  'households.members.remove': method<HouseholdDetail>()({
    effect: 'write',
    input: z.object({ membershipId: recordId, rowVersion, date: isoDate, reason: text(REASON_MAX).min(1) }),
    access: HOUSEHOLD_CLERKS,
  }),
  'households.members.setHead': method<HouseholdDetail>()({
    effect: 'write',
    input: z.object({ householdId: recordId, rowVersion, personId: recordId, formerHeadRelation: relation }),
    access: HOUSEHOLD_CLERKS,
  }),
  'households.members.setRelation': method<HouseholdDetail>()({
    effect: 'write',
    input: z.object({ membershipId: recordId, rowVersion, relation }),
    access: HOUSEHOLD_CLERKS,
  }),
  'households.members.void': method<HouseholdDetail>()({
    effect: 'write',
    input: z.object({ membershipId: recordId, reason: text(REASON_MAX).min(1) }),
    access: HOUSEHOLD_CLERKS,
  }),
  /** A current member's labour, health and schooling (every field given replaces the stored one). */
  'households.members.saveFacts': method<HouseholdDetail>()({
    effect: 'write',
    input: z.object({
      membershipId: recordId,
      rowVersion,
      labour: z.enum(LABOUR_STATUSES).nullish(),
      health: z.enum(HEALTH_STATUSES).nullish(),
      disabilityCardNumber: optionalText(FIELD_LIMITS.household_members.disabilityCardNumber),
      disabilityGrade: z.number().int().nullish(),
      schoolStage: z.enum(SCHOOL_STAGES).nullish(),
    }),
    access: HOUSEHOLD_CLERKS,
  }),
} as const;

export type HouseholdMemberMethodName = keyof typeof householdMemberMethods;
