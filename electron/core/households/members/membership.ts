// A household's memberships: a member joins, moves to another household (the membership ends that day and a new
// one opens in the other: the history stays), leaves, or becomes the head. 本人 is the head's relation only; the
// head leaves only as the last member (else a new head is chosen first).
import { householdMembers, households } from '@db/schema';
import type { HouseholdRelation } from '@rules/households';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead, valueRead } from '../../records/reads';
import { requireOwnRecord, updateRecord, voidRecord } from '../../records/write';
import { getHousehold } from '../detail';
import {
  currentMembership,
  openMembership,
  personOf,
  refuseIfInHousehold,
  requireLiveHousehold,
  requireNotBefore,
  requirePerson,
} from '../guards';
import type { HouseholdDetail, MemberFacts } from '../roster/contract';
import type { HeadChangeInput, MemberAddInput, MemberMoveInput, MemberRemoveInput } from './contract';

type Membership = typeof householdMembers.$inferSelect;

type StoredMembership = Pick<
  Membership,
  'id' | 'officeCode' | 'householdId' | 'personId' | 'relation' | 'fromDate' | 'toDate' | 'rowVersion'
> &
  MemberFacts & { voided: number };

const MEMBERSHIP = rowRead<StoredMembership, [id: string]>(
  `SELECT id, office_code AS officeCode, household_id AS householdId, person_id AS personId, relation,
     from_date AS fromDate, to_date AS toDate, row_version AS rowVersion, voided, labour, health,
     disability_card_number AS disabilityCardNumber, disability_grade AS disabilityGrade, school_stage AS schoolStage
   FROM household_members WHERE id = ?`,
);
const CURRENT_COUNT = valueRead<number, [householdId: string]>(
  'SELECT count(*) FROM household_members WHERE household_id = ? AND to_date IS NULL AND voided = 0',
);

function requireNotSelf(relation: HouseholdRelation): void {
  if (relation === 'self') fail('HOUSEHOLD_HEAD_RELATION');
}

/** An open, live membership of this office. */
export function requireOpenMembership(ctx: CoreContext, id: string) {
  const membership = MEMBERSHIP.on(ctx.store.sqlite).get(id);
  if (!membership) fail('HOUSEHOLD_MEMBERSHIP_NOT_FOUND', { id });
  requireOwnRecord(ctx, membership.officeCode);
  if (membership.voided === 1) fail('RECORD_VOIDED', { id });
  if (membership.toDate !== null) fail('HOUSEHOLD_MEMBERSHIP_ENDED', { toDate: membership.toDate });
  return membership;
}

/** The head may leave (or be voided) only as the last member: otherwise another member becomes head first. */
function refuseHeadLeaving(ctx: CoreContext, membership: { relation: HouseholdRelation; householdId: string }) {
  if (membership.relation === 'self' && (CURRENT_COUNT.on(ctx.store.sqlite).get(membership.householdId) ?? 0) > 1)
    fail('HOUSEHOLD_HEAD_CANNOT_LEAVE');
}

export function addMember(ctx: CoreContext, input: MemberAddInput): HouseholdDetail {
  const household = requireLiveHousehold(ctx, input.householdId);
  requireNotSelf(input.relation);
  const person = personOf(ctx, household.officeCode, input);
  refuseIfInHousehold(ctx, person.id, person.name);
  openMembership(ctx, household, { personId: person.id, relation: input.relation, fromDate: input.fromDate });
  return getHousehold(ctx, household.id);
}

export function moveMember(ctx: CoreContext, input: MemberMoveInput): HouseholdDetail {
  const target = requireLiveHousehold(ctx, input.toHouseholdId);
  const person = requirePerson(ctx, target.officeCode, input.personId);
  requireNotSelf(input.relation);
  const current = currentMembership(ctx, person.id);
  if (!current) fail('HOUSEHOLD_MEMBER_IN_NONE', { name: person.name });
  if (current.householdId === target.id) fail('HOUSEHOLD_MOVE_SAME', { number: target.number });
  refuseHeadLeaving(ctx, current);
  requireNotBefore(input.date, current.fromDate);
  const { labour, health, disabilityCardNumber, disabilityGrade, schoolStage } = requireOpenMembership(
    ctx,
    current.membershipId,
  );
  const facts = { labour, health, disabilityCardNumber, disabilityGrade, schoolStage };
  updateRecord(
    ctx,
    householdMembers,
    current.membershipId,
    { toDate: input.date, endReason: input.reason?.trim() || null },
    current.rowVersion,
  );
  openMembership(ctx, target, { personId: person.id, relation: input.relation, fromDate: input.date }, facts);
  return getHousehold(ctx, target.id);
}

export function removeMember(ctx: CoreContext, input: MemberRemoveInput): HouseholdDetail {
  const membership = requireOpenMembership(ctx, input.membershipId);
  refuseHeadLeaving(ctx, membership);
  requireNotBefore(input.date, membership.fromDate);
  updateRecord(
    ctx,
    householdMembers,
    membership.id,
    { toDate: input.date, endReason: input.reason.trim() },
    input.rowVersion,
  );
  return getHousehold(ctx, membership.householdId);
}

export function setRelation(
  ctx: CoreContext,
  input: { membershipId: string; rowVersion: number; relation: HouseholdRelation },
): HouseholdDetail {
  const membership = requireOpenMembership(ctx, input.membershipId);
  requireNotSelf(input.relation);
  requireNotSelf(membership.relation);
  updateRecord(ctx, householdMembers, membership.id, { relation: input.relation }, input.rowVersion);
  return getHousehold(ctx, membership.householdId);
}

/** Another current member becomes the head; the former head, if still a member, takes the relation given. */
export function setHead(ctx: CoreContext, input: HeadChangeInput): HouseholdDetail {
  const household = requireLiveHousehold(ctx, input.householdId);
  requireNotSelf(input.formerHeadRelation);
  const next = currentMembership(ctx, input.personId);
  if (!next || next.householdId !== household.id) fail('HOUSEHOLD_NOT_A_MEMBER');
  if (household.headPersonId === input.personId) return getHousehold(ctx, household.id);
  const former = currentMembership(ctx, household.headPersonId);
  if (former && former.householdId === household.id)
    updateRecord(ctx, householdMembers, former.membershipId, { relation: input.formerHeadRelation });
  updateRecord(ctx, householdMembers, next.membershipId, { relation: 'self' });
  updateRecord(ctx, households, household.id, { headPersonId: input.personId }, input.rowVersion);
  return getHousehold(ctx, household.id);
}

/** A membership entered by mistake (not a member leaving: that is removeMember, which keeps it). */
export function voidMembership(ctx: CoreContext, membershipId: string, reason: string): HouseholdDetail {
  const membership = MEMBERSHIP.on(ctx.store.sqlite).get(membershipId);
  if (!membership) fail('HOUSEHOLD_MEMBERSHIP_NOT_FOUND', { id: membershipId });
  if (membership.toDate === null) refuseHeadLeaving(ctx, membership);
  voidRecord(ctx, householdMembers, membershipId, reason);
  return getHousehold(ctx, membership.householdId);
}
