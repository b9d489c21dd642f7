// The volunteer roster: the grid (a page at a time), one volunteer, create/edit/void, and the teams and skills
// lists. Clerks write (admins may too); everyone who reads the office's rosters reads.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { isoDate, method, officeCode, optionalText, text } from '@api/method';
import { VOLUNTEER_GROUP_KINDS, VOLUNTEER_STATUSES } from '@rules/volunteers';
import { customFieldKey, customMatch } from '../../../api/columnFilters';
import { customValuesInput } from '../../customFields/methods';
import type { ExportedFile } from '../../people/contract';
import { personInput } from '../../people/methods';
import { VOLUNTEER_CLERKS, VOLUNTEER_READERS } from '../contract';
import { VOLUNTEER_SORT_COLUMNS, type VolunteerGroupRow, type VolunteerPage, type VolunteerRow } from './contract';

const L = FIELD_LIMITS.volunteers;
const G = FIELD_LIMITS.volunteer_groups;
const id = z.uuid();
const ids = z.array(id).max(200);
const rowVersion = z.number().int().min(1);

const volunteerFields = z.object({
  registrationDate: isoDate,
  status: z.enum(VOLUNTEER_STATUSES).optional(),
  statusReason: optionalText(L.statusReason),
  guardianName: optionalText(L.guardianName),
  guardianPhone: optionalText(L.guardianPhone),
  notes: optionalText(L.notes),
  teamIds: ids.optional(),
  skillIds: ids.optional(),
  customFields: customValuesInput,
});

export const volunteerQuery = z.object({
  search: text(SEARCH_MAX).optional(),
  status: z.enum(VOLUNTEER_STATUSES).optional(),
  teamId: id.optional(),
  skillId: id.optional(),
  township: text(FIELD_LIMITS.people.township).optional(),
  registeredFrom: isoDate.optional(),
  registeredTo: isoDate.optional(),
  officeCode: officeCode.optional(),
  includeVoided: z.boolean().optional(),
  customFilters: z
    .array(z.object({ key: customFieldKey, match: customMatch }))
    .max(20)
    .optional(),
  sort: z
    .array(
      z.object({
        column: z.union([z.enum(VOLUNTEER_SORT_COLUMNS), customFieldKey]),
        direction: z.enum(['asc', 'desc']),
      }),
    )
    .max(3)
    .optional(),
});

export const volunteerRosterMethods = {
  /** The roster grid's rows from `offset` (an infinite row model asks page after page). */
  'volunteers.list': method<VolunteerPage>()({
    effect: 'read',
    input: volunteerQuery.extend({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }),
    access: VOLUNTEER_READERS,
  }),
  /** The grid's current view as an .xlsx file (ID numbers masked as the grid masks them). */
  'volunteers.export': method<ExportedFile>()({ effect: 'read', input: volunteerQuery, access: VOLUNTEER_READERS }),
  'volunteers.get': method<VolunteerRow>()({ effect: 'read', input: z.object({ id }), access: VOLUNTEER_READERS }),
  /** A person of the registry (personId), or a new person added to the registry first (person). */
  'volunteers.create': method<VolunteerRow>()({
    effect: 'write',
    input: z.union([
      volunteerFields.extend({ personId: id }),
      volunteerFields.extend({ person: personInput, acceptWarnings: z.boolean().optional() }),
    ]),
    access: VOLUNTEER_CLERKS,
  }),
  /** teamIds / skillIds, when given, are the volunteer's whole list. */
  'volunteers.update': method<VolunteerRow>()({
    effect: 'write',
    input: z.object({ id, rowVersion, patch: volunteerFields.partial() }),
    access: VOLUNTEER_CLERKS,
  }),
  'volunteers.void': method<VolunteerRow>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: VOLUNTEER_CLERKS,
  }),
  'volunteers.groups.list': method<VolunteerGroupRow[]>()({
    effect: 'read',
    input: z.object({
      kind: z.enum(VOLUNTEER_GROUP_KINDS),
      includeVoided: z.boolean().optional(),
      officeCode: officeCode.optional(),
    }),
    access: VOLUNTEER_READERS,
  }),
  'volunteers.groups.create': method<VolunteerGroupRow>()({
    effect: 'write',
    input: z.object({
      kind: z.enum(VOLUNTEER_GROUP_KINDS),
      name: text(G.name).min(1),
      notes: optionalText(G.notes),
    }),
    access: VOLUNTEER_CLERKS,
  }),
  'volunteers.groups.update': method<VolunteerGroupRow>()({
    effect: 'write',
    input: z.object({
      id,
      rowVersion,
      patch: z.object({
        name: text(G.name).min(1).optional(),
        notes: optionalText(G.notes),
        sortOrder: z.number().int().min(0).max(100_000).optional(),
      }),
    }),
    access: VOLUNTEER_CLERKS,
  }),
  'volunteers.groups.void': method<VolunteerGroupRow>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: VOLUNTEER_CLERKS,
  }),
} as const;

export type VolunteerRosterMethodName = keyof typeof volunteerRosterMethods;
