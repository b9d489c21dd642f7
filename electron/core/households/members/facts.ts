// A current member's labour, health and schooling, kept on the membership (a move takes them along). A disability
// card and grade go with 残疾 only (rules/households.ts).
import { householdMembers } from '@db/schema';
import { checkMemberFacts } from '@rules/households';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { updateRecord } from '../../records/write';
import { getHousehold } from '../detail';
import type { HouseholdDetail, MemberFacts } from '../roster/contract';
import type { MemberFactsInput } from './contract';
import { requireOpenMembership } from './membership';

/** The facts as stored: every field given replaces the stored one, the others stay. */
export function saveMemberFacts(ctx: CoreContext, input: MemberFactsInput): HouseholdDetail {
  const stored = requireOpenMembership(ctx, input.membershipId);
  const given = <V>(value: V | null | undefined, kept: V | null): V | null => (value === undefined ? kept : value);
  const card = given(input.disabilityCardNumber, stored.disabilityCardNumber);
  const facts: MemberFacts = {
    labour: given(input.labour, stored.labour),
    health: given(input.health, stored.health),
    disabilityCardNumber: card?.replace(/\s+/g, '').toUpperCase() || null,
    disabilityGrade: given(input.disabilityGrade, stored.disabilityGrade),
    schoolStage: given(input.schoolStage, stored.schoolStage),
  };
  const checked = checkMemberFacts(facts);
  if (!checked.ok) fail(checked.code);
  updateRecord(ctx, householdMembers, stored.id, facts, input.rowVersion);
  return getHousehold(ctx, stored.householdId);
}
