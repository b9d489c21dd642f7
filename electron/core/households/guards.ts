// What every household write checks first: the household is a live one of this office, the person is a live one
// of its registry (or is added to it), and the person is in no household now. The partial unique index
// household_members_person_current backs the last check; this one names the household the person is in.
import { and, eq } from 'drizzle-orm';
import { householdMembers, households, people } from '@db/schema';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import type { PersonInput } from '../people/contract';
import { createPerson } from '../people/service';
import { rowRead } from '../records/reads';
import { insertRecord, requireOwnRecord } from '../records/write';
import type { HouseholdMemberRow, MemberFacts } from './roster/contract';

export interface CurrentMembership {
  membershipId: string;
  rowVersion: number;
  householdId: string;
  number: string;
  relation: HouseholdMemberRow['relation'];
  fromDate: string;
}

const CURRENT_OF = rowRead<CurrentMembership, [personId: string]>(
  `SELECT m.id AS membershipId, m.row_version AS rowVersion, m.household_id AS householdId, h.number, m.relation,
     m.from_date AS fromDate
   FROM household_members m JOIN households h ON h.id = m.household_id
   WHERE m.person_id = ? AND m.to_date IS NULL AND m.voided = 0`,
);

/** The household the person is in now, if any. */
export function currentMembership(ctx: CoreContext, personId: string): CurrentMembership | undefined {
  return CURRENT_OF.on(ctx.store.sqlite).get(personId);
}

/** A person already in a household is refused, naming it (the same household, or another). */
export function refuseIfInHousehold(ctx: CoreContext, personId: string, name: string): void {
  const current = currentMembership(ctx, personId);
  if (current) fail('HOUSEHOLD_MEMBER_ELSEWHERE', { name, number: current.number });
}

export type LiveHousehold = typeof households.$inferSelect;

/** A live household of this office (in the city, a county's household is read-only). */
export function requireLiveHousehold(ctx: CoreContext, id: string): LiveHousehold {
  const row = ctx.store.orm.select().from(households).where(eq(households.id, id)).get();
  if (!row) fail('HOUSEHOLD_NOT_FOUND', { id });
  requireOwnRecord(ctx, row.officeCode);
  if (row.voided) fail('RECORD_VOIDED', { id });
  return row;
}

/** A live person of the office's registry: their id and name. */
export function requirePerson(ctx: CoreContext, officeCode: string, personId: string): { id: string; name: string } {
  const person = ctx.store.orm
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.officeCode, officeCode), eq(people.voided, false)))
    .get();
  return person ?? fail('PERSON_NOT_FOUND', { id: personId });
}

/** The person a form names: one of the registry, or a new one added to it (with the registry's checks). */
export function personOf(
  ctx: CoreContext,
  officeCode: string,
  input: { personId: string } | { person: PersonInput; acceptWarnings?: boolean },
): { id: string; name: string } {
  if ('personId' in input) return requirePerson(ctx, officeCode, input.personId);
  const created = createPerson({ ...ctx, method: 'people.create' }, input.person, input.acceptWarnings ?? false);
  return { id: created.person.id, name: created.person.name };
}

/** A person joins a household from `fromDate` (with the facts a move brings along). */
export function openMembership(
  ctx: CoreContext,
  household: { id: string; officeCode: string },
  member: { personId: string; relation: HouseholdMemberRow['relation']; fromDate: string },
  facts: Partial<MemberFacts> = {},
): void {
  insertRecord(ctx, householdMembers, household.officeCode, {
    householdId: household.id,
    ...member,
    toDate: null,
    endReason: null,
    ...facts,
  });
}

/** Dates a membership or pairing ends on may not come before the day it began. */
export function requireNotBefore(date: string, fromDate: string): void {
  if (date < fromDate) fail('HOUSEHOLD_DATE_BEFORE_START', { fromDate });
}
