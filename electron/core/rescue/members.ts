// A team's members: a person of the registry (or a volunteer of the office, whose person joins) with a role of the
// office's list and the day they joined; their role, join day and custom fields edited; leaving on a day (the
// record stays, and they may join again later); voided with a reason when entered by mistake.
import { and, eq } from 'drizzle-orm';
import { people, rescueTeamMembers, volunteers } from '@db/schema';
import type { CoreContext } from '../context';
import { savedCustomValues } from '../customFields/values';
import { fail } from '../errors';
import { valueRead } from '../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../records/write';
import { localToday } from '../stock/office';
import type { TeamMemberInput, TeamMemberPatch, TeamMemberRow } from './contract';
import { findTeamMember } from './memberList';
import { requireListed } from './settings';
import { writableTeam } from './teams';

const IN_TEAM = valueRead<string, [teamId: string, personId: string]>(
  'SELECT id FROM rescue_team_members WHERE team_id = ? AND person_id = ? AND voided = 0 AND left_date IS NULL',
);

export function getTeamMember(ctx: CoreContext, id: string): TeamMemberRow & { voided: boolean } {
  return findTeamMember(ctx, id) ?? fail('RESCUE_MEMBER_NOT_FOUND', { id });
}

/** The person joining: the one named, or the volunteer's; a live record of the office either way. */
function personOf(ctx: CoreContext, officeCode: string, input: TeamMemberInput): { id: string; name: string } {
  let personId: string;
  if ('volunteerId' in input) {
    const volunteer = ctx.store.orm
      .select({ personId: volunteers.personId })
      .from(volunteers)
      .where(
        and(eq(volunteers.id, input.volunteerId), eq(volunteers.officeCode, officeCode), eq(volunteers.voided, false)),
      )
      .get();
    personId = volunteer?.personId ?? fail('VOLUNTEER_NOT_FOUND', { id: input.volunteerId });
  } else personId = input.personId;
  const person = ctx.store.orm
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.officeCode, officeCode), eq(people.voided, false)))
    .get();
  return person ?? fail('PERSON_NOT_FOUND', { id: personId });
}

function refuseFuture(ctx: CoreContext, date: string): void {
  if (date > localToday(ctx)) fail('RESCUE_DATE_FUTURE');
}

export function addTeamMember(ctx: CoreContext, input: TeamMemberInput): TeamMemberRow {
  const team = writableTeam(ctx, input.teamId);
  const person = personOf(ctx, team.officeCode, input);
  if (IN_TEAM.on(ctx.store.sqlite).get(team.id, person.id) !== undefined)
    fail('RESCUE_MEMBER_ALREADY_IN_TEAM', { name: person.name, team: team.name });
  requireListed(ctx, 'roles', input.role);
  refuseFuture(ctx, input.joinedDate);
  const customFields = savedCustomValues(ctx, team.officeCode, 'teamMembers', input.customFields, null, true);
  const row = insertRecord(ctx, rescueTeamMembers, team.officeCode, {
    teamId: team.id,
    personId: person.id,
    role: input.role,
    joinedDate: input.joinedDate,
    leftDate: null,
    leaveReason: null,
    customFields,
  });
  return getTeamMember(ctx, row.id);
}

/** A live member of a live team of this office. */
function writableMember(ctx: CoreContext, id: string) {
  const member = getTeamMember(ctx, id);
  requireOwnRecord(ctx, member.officeCode);
  if (member.voided) fail('RESCUE_MEMBER_NOT_FOUND', { id });
  writableTeam(ctx, member.teamId);
  return member;
}

export function updateTeamMember(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: TeamMemberPatch,
): TeamMemberRow {
  const member = writableMember(ctx, id);
  if (patch.role !== undefined) requireListed(ctx, 'roles', patch.role, member.role);
  if (patch.joinedDate !== undefined) {
    refuseFuture(ctx, patch.joinedDate);
    if (member.leftDate && member.leftDate < patch.joinedDate) fail('RESCUE_LEFT_BEFORE_JOINED');
  }
  const stored = member.customFields && JSON.stringify(member.customFields);
  const customFields =
    patch.customFields === undefined
      ? undefined
      : savedCustomValues(ctx, member.officeCode, 'teamMembers', patch.customFields, stored, false);
  updateRecord(
    ctx,
    rescueTeamMembers,
    id,
    { role: patch.role, joinedDate: patch.joinedDate, customFields },
    rowVersion,
  );
  return getTeamMember(ctx, id);
}

export function leaveTeam(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  leftDate: string,
  reason?: string | null,
): TeamMemberRow {
  const member = writableMember(ctx, id);
  if (member.leftDate) fail('RESCUE_MEMBER_ALREADY_LEFT', { name: member.name, date: member.leftDate });
  refuseFuture(ctx, leftDate);
  if (leftDate < member.joinedDate) fail('RESCUE_LEFT_BEFORE_JOINED');
  updateRecord(ctx, rescueTeamMembers, id, { leftDate, leaveReason: reason?.trim() || null }, rowVersion);
  return getTeamMember(ctx, id);
}

export function voidTeamMember(ctx: CoreContext, id: string, reason: string): TeamMemberRow {
  writableMember(ctx, id);
  voidRecord(ctx, rescueTeamMembers, id, reason);
  return getTeamMember(ctx, id);
}
