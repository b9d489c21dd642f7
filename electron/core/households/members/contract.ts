// Types of a household's members shared by core and renderer: adding a member, moving one to another household
// (the old membership ends, a new one opens), a member leaving, a new head, and a member's facts.
import type { HealthStatus, HouseholdRelation, LabourStatus, SchoolStage } from '@rules/households';
import type { PersonInput } from '../../people/contract';

/** A member joins from `fromDate`: a person of the registry, or one added to it first. */
export type MemberAddInput = { householdId: string; relation: HouseholdRelation; fromDate: string } & (
  { personId: string } | { person: PersonInput; acceptWarnings?: boolean }
);

/** The person leaves the household they are in on `date` and joins `toHouseholdId` that day. */
export interface MemberMoveInput {
  personId: string;
  toHouseholdId: string;
  relation: HouseholdRelation;
  date: string;
  reason?: string | null;
}

/** A member leaves (迁出, 去世, 婚出 ...) on `date`; the membership is kept, ended. */
export interface MemberRemoveInput {
  membershipId: string;
  rowVersion: number;
  date: string;
  reason: string;
}

/** Another current member becomes the head (本人); the former head stays with the relation given. */
export interface HeadChangeInput {
  householdId: string;
  rowVersion: number;
  personId: string;
  formerHeadRelation: HouseholdRelation;
}

/** What the member form sets on a current membership: a fact not given stays, null clears it. */
export interface MemberFactsInput {
  membershipId: string;
  rowVersion: number;
  labour?: LabourStatus | null;
  health?: HealthStatus | null;
  disabilityCardNumber?: string | null;
  disabilityGrade?: number | null;
  schoolStage?: SchoolStage | null;
}

/** One household a person was or is in (户籍变动), oldest first: a move ends one and opens the next. */
export interface PersonHouseholdSpell {
  householdId: string;
  number: string;
  headName: string;
  relation: HouseholdRelation;
  fromDate: string;
  toDate: string | null;
  endReason: string | null;
}
