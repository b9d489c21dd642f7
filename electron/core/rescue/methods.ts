// Rescue teams (应急救援队): the settings lists, the teams grid and a team, its members, equipment, drills and
// call-outs. Clerks write (admins may too); everyone who reads the office's rosters reads; the city reads a
// county's teams by its office code.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { isoDate, method, officeCode, optionalText, text } from '@api/method';
import { DRILL_KINDS, READINESS_STATES, RESCUE_LIST_KINDS, RESCUE_LIST_MAX, RESCUE_LIST_NAME_MAX } from '@rules/rescue';
import { customFieldKey, customMatch } from '../../api/columnFilters';
import { customValuesInput } from '../customFields/methods';
import type { ExportedFile } from '../people/contract';
import {
  MEMBER_SORT_COLUMNS,
  RESCUE_CLERKS,
  RESCUE_READERS,
  TEAM_SORT_COLUMNS,
  type DrillDetail,
  type DrillRow,
  type EquipmentRow,
  type RescueSettings,
  type RescueTeamPage,
  type RescueTeamRow,
  type TeamMemberPage,
  type TeamMemberRow,
} from './contract';

const T = FIELD_LIMITS.rescue_teams;
const D = FIELD_LIMITS.rescue_drills;
const id = z.uuid();
const rowVersion = z.number().int().min(1);
const page = { offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) };
const listName = text(RESCUE_LIST_NAME_MAX);
const role = text(FIELD_LIMITS.rescue_team_members.role).min(1);
const reason = text(REASON_MAX).min(1);
const clock = text(5).min(3);
const times = z.object({ startTime: clock, endTime: clock, endsNextDay: z.boolean().optional() });
const hours = z.number().min(0.5).max(24);
const direction = z.enum(['asc', 'desc']);
/** A team's member grid as the clerk has it: the list pages it, the export writes it whole. */
const memberView = {
  teamId: id,
  includeLeft: z.boolean().optional(),
  readiness: z.enum(READINESS_STATES).optional(),
  search: text(SEARCH_MAX).optional(),
  customFilters: z
    .array(z.object({ key: customFieldKey, match: customMatch }))
    .max(20)
    .optional(),
  sort: z
    .array(z.object({ column: z.union([z.enum(MEMBER_SORT_COLUMNS), customFieldKey]), direction }))
    .max(3)
    .optional(),
};

const teamFields = z.object({
  name: text(T.name).min(1),
  type: text(T.type).min(1),
  foundedDate: isoDate.nullish(),
  contactPhone: optionalText(T.contactPhone),
  notes: optionalText(T.notes),
});

const drillInput = z.object({
  kind: z.enum(DRILL_KINDS),
  date: isoDate,
  place: text(D.place).min(1),
  content: optionalText(D.content),
  duration: z.union([times, z.object({ hours })]),
  attendees: z
    .array(z.object({ teamMemberId: id, hours: hours.nullish() }))
    .min(1)
    .max(500),
  backfillReason: optionalText(FIELD_LIMITS.volunteer_service_records.backfillReason),
});

export const rescueMethods = {
  'rescue.settings.get': method<RescueSettings>()({
    effect: 'read',
    input: z.object({ officeCode: officeCode.optional() }),
    access: RESCUE_READERS,
  }),
  /** One list as a whole; `renamed` names carried on teams or members are renamed with it. */
  'rescue.settings.set': method<RescueSettings>()({
    effect: 'write',
    input: z.object({
      kind: z.enum(RESCUE_LIST_KINDS),
      names: z.array(listName).min(1).max(RESCUE_LIST_MAX),
      renamed: z
        .array(z.object({ from: listName, to: listName }))
        .max(RESCUE_LIST_MAX)
        .optional(),
    }),
    access: RESCUE_CLERKS,
  }),
  /** The teams grid a page at a time, each with its members today and how many are ready. */
  'rescue.teams.list': method<RescueTeamPage>()({
    effect: 'read',
    input: z.object({
      search: text(SEARCH_MAX).optional(),
      type: text(T.type).optional(),
      includeVoided: z.boolean().optional(),
      officeCode: officeCode.optional(),
      sort: z
        .array(z.object({ column: z.enum(TEAM_SORT_COLUMNS), direction }))
        .max(3)
        .optional(),
      ...page,
    }),
    access: RESCUE_READERS,
  }),
  'rescue.teams.get': method<RescueTeamRow>()({ effect: 'read', input: z.object({ id }), access: RESCUE_READERS }),
  'rescue.teams.create': method<RescueTeamRow>()({
    effect: 'write',
    input: teamFields.extend({ number: optionalText(T.number) }),
    access: RESCUE_CLERKS,
  }),
  'rescue.teams.update': method<RescueTeamRow>()({
    effect: 'write',
    input: z.object({ id, rowVersion, patch: teamFields.partial() }),
    access: RESCUE_CLERKS,
  }),
  'rescue.teams.void': method<RescueTeamRow>()({
    effect: 'write',
    input: z.object({ id, reason }),
    access: RESCUE_CLERKS,
  }),
  /** A team's members with their readiness (the call-out list reads the same). */
  'rescue.members.list': method<TeamMemberPage>()({
    effect: 'read',
    input: z.object({
      ...memberView,
      ...page,
    }),
    access: RESCUE_READERS,
  }),
  'rescue.members.export': method<ExportedFile>()({
    effect: 'read',
    input: z.object(memberView),
    access: RESCUE_READERS,
  }),
  /** A person of the registry (personId), or a volunteer of the office (volunteerId), joins the team. */
  'rescue.members.add': method<TeamMemberRow>()({
    effect: 'write',
    input: z.union([
      z.object({ teamId: id, personId: id, role, joinedDate: isoDate, customFields: customValuesInput }),
      z.object({ teamId: id, volunteerId: id, role, joinedDate: isoDate, customFields: customValuesInput }),
    ]),
    access: RESCUE_CLERKS,
  }),
  'rescue.members.update': method<TeamMemberRow>()({
    effect: 'write',
    input: z.object({
      id,
      rowVersion,
      patch: z.object({ role: role.optional(), joinedDate: isoDate.optional(), customFields: customValuesInput }),
    }),
    access: RESCUE_CLERKS,
  }),
  'rescue.members.leave': method<TeamMemberRow>()({
    effect: 'write',
    input: z.object({
      id,
      rowVersion,
      leftDate: isoDate,
      reason: optionalText(FIELD_LIMITS.rescue_team_members.leaveReason),
    }),
    access: RESCUE_CLERKS,
  }),
  'rescue.members.void': method<TeamMemberRow>()({
    effect: 'write',
    input: z.object({ id, reason }),
    access: RESCUE_CLERKS,
  }),
  'rescue.equipment.list': method<EquipmentRow[]>()({
    effect: 'read',
    input: z.object({ teamId: id, includeReturned: z.boolean().optional() }),
    access: RESCUE_READERS,
  }),
  /** A catalog item assigned to the team: a record of who holds it, not a stock movement. */
  'rescue.equipment.assign': method<EquipmentRow>()({
    effect: 'write',
    input: z.object({
      teamId: id,
      itemId: id,
      quantity: z.number().int().min(1).max(1_000_000),
      assignedDate: isoDate,
      note: optionalText(FIELD_LIMITS.rescue_team_equipment.note),
    }),
    access: RESCUE_CLERKS,
  }),
  'rescue.equipment.return': method<EquipmentRow>()({
    effect: 'write',
    input: z.object({ id, returnedDate: isoDate }),
    access: RESCUE_CLERKS,
  }),
  'rescue.equipment.void': method<{ voided: true }>()({
    effect: 'write',
    input: z.object({ id, reason }),
    access: RESCUE_CLERKS,
  }),
  'rescue.drills.list': method<{ rows: DrillRow[]; total: number }>()({
    effect: 'read',
    input: z.object({ teamId: id, includeVoided: z.boolean().optional(), ...page }),
    access: RESCUE_READERS,
  }),
  'rescue.drills.get': method<DrillDetail>()({ effect: 'read', input: z.object({ id }), access: RESCUE_READERS }),
  /** A drill or call-out with who was present; a volunteer's hours become one volunteer service record. */
  'rescue.drills.record': method<DrillDetail>()({
    effect: 'write',
    input: drillInput.extend({ teamId: id }),
    access: RESCUE_CLERKS,
  }),
  /** The whole drill as edited: its volunteers' service records follow (updated, added or voided; never doubled). */
  'rescue.drills.update': method<DrillDetail>()({
    effect: 'write',
    input: drillInput.extend({ id, rowVersion }),
    access: RESCUE_CLERKS,
  }),
  'rescue.drills.void': method<DrillDetail>()({
    effect: 'write',
    input: z.object({ id, reason }),
    access: RESCUE_CLERKS,
  }),
} as const;

export type RescueMethodName = keyof typeof rescueMethods;
