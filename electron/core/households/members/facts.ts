// A member's labour, health and schooling: one live record per person, kept across moves between households.
// A disability card and grade go with 残疾 only (rules/households.ts).
import { and, eq } from 'drizzle-orm';
import { householdMemberFacts } from '@db/schema';
import { checkMemberFacts } from '@rules/households';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecord, updateRecord } from '../../records/write';
import { officeCodeOf } from '../../stock/office';
import { getHousehold } from '../detail';
import { currentMembership, requirePerson } from '../guards';
import type { HouseholdDetail } from '../roster/contract';
import type { MemberFactsInput } from './contract';

export function factsRowOf(ctx: CoreContext, personId: string) {
  return ctx.store.orm
    .select()
    .from(householdMemberFacts)
    .where(and(eq(householdMemberFacts.personId, personId), eq(householdMemberFacts.voided, false)))
    .get();
}

/** The facts as stored: every field given replaces the stored one, the others stay. */
export function saveMemberFacts(ctx: CoreContext, input: MemberFactsInput): HouseholdDetail {
  const officeCode = officeCodeOf(ctx);
  const person = requirePerson(ctx, officeCode, input.personId);
  const membership = currentMembership(ctx, person.id);
  if (!membership) fail('HOUSEHOLD_MEMBER_IN_NONE', { name: person.name });
  const stored = factsRowOf(ctx, input.personId);
  const pick = <K extends keyof MemberFactsInput>(key: K, fallback: MemberFactsInput[K]) =>
    input[key] === undefined ? fallback : input[key];
  const facts = {
    labour: pick('labour', stored?.labour) ?? null,
    health: pick('health', stored?.health) ?? null,
    disabilityCardNumber: pick('disabilityCardNumber', stored?.disabilityCardNumber)?.trim().toUpperCase() || null,
    disabilityGrade: pick('disabilityGrade', stored?.disabilityGrade) ?? null,
    schoolStage: pick('schoolStage', stored?.schoolStage) ?? null,
  };
  const checked = checkMemberFacts(facts);
  if (!checked.ok) fail(checked.code);
  if (stored) updateRecord(ctx, householdMemberFacts, stored.id, facts, input.rowVersion);
  else insertRecord(ctx, householdMemberFacts, officeCode, { personId: person.id, ...facts });
  return getHousehold(ctx, membership.householdId);
}
