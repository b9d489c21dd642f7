// Service records (志愿服务记录): activities, one activity's hours for many volunteers, the approval list and
// decisions, totals, star counts and milestones, and the star thresholds. A clerk records hours; only an approver
// (or an admin) approves or rejects them.
import { z } from 'zod';
import { FIELD_LIMITS, ID_LIST_MAX, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { isoDate, method, officeCode, optionalText, text } from '@api/method';
import { SERVICE_STATUSES } from '@rules/volunteers';
import { SERVICE_APPROVERS, VOLUNTEER_CLERKS, VOLUNTEER_READERS } from '../contract';
import type {
  ActivityRow,
  EntryRefusal,
  MilestoneRow,
  ServiceDecision,
  ServiceEntryResult,
  ServicePage,
  VolunteerPicks,
  VolunteerStats,
} from './contract';

const A = FIELD_LIMITS.volunteer_activities;
const id = z.uuid();
const clock = text(5).min(3);
const times = z.object({ startTime: clock, endTime: clock, endsNextDay: z.boolean().optional() });
const hours = z.object({ hours: z.number().min(0.5).max(24) });
const duration = z.union([times, hours]);
const year = z.number().int().min(1950).max(2199);

export const volunteerServiceMethods = {
  'volunteers.activities.list': method<ActivityRow[]>()({
    effect: 'read',
    input: z.object({
      from: isoDate.optional(),
      to: isoDate.optional(),
      search: text(SEARCH_MAX).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    access: VOLUNTEER_READERS,
  }),
  'volunteers.activities.get': method<ActivityRow>()({
    effect: 'read',
    input: z.object({ id }),
    access: VOLUNTEER_READERS,
  }),
  /** One activity's hours for many volunteers; the records wait for an approver. */
  'volunteers.service.enter': method<ServiceEntryResult>()({
    effect: 'write',
    input: z
      .object({
        activityId: id.optional(),
        activity: z
          .object({
            name: text(A.name).min(1),
            organiser: optionalText(A.organiser),
            place: optionalText(A.place),
            content: optionalText(A.content),
            date: isoDate,
          })
          .optional(),
        volunteerIds: z.array(id).min(1).max(2000),
        duration,
        overrides: z
          .array(z.union([times.extend({ volunteerId: id }), hours.extend({ volunteerId: id })]))
          .max(2000)
          .optional(),
        backfillReason: optionalText(FIELD_LIMITS.volunteer_service_records.backfillReason),
      })
      .refine((input) => (input.activityId === undefined) !== (input.activity === undefined), {
        message: 'activityId or activity',
      }),
    access: VOLUNTEER_CLERKS,
  }),
  /** The volunteers named by pasted lines: a volunteer number or an ID number a line. */
  'volunteers.service.picks': method<VolunteerPicks>()({
    effect: 'read',
    input: z.object({ lines: z.string().max(ID_LIST_MAX) }),
    access: VOLUNTEER_CLERKS,
  }),
  /** Who volunteers.service.enter would refuse (not on the roster, a day past 24 hours), to show before saving. */
  'volunteers.service.check': method<EntryRefusal[]>()({
    effect: 'read',
    input: z.object({
      activityId: id.optional(),
      date: isoDate.optional(),
      volunteerIds: z.array(id).max(2000),
      duration,
      overrides: z
        .array(z.union([times.extend({ volunteerId: id }), hours.extend({ volunteerId: id })]))
        .max(2000)
        .optional(),
    }),
    access: VOLUNTEER_CLERKS,
  }),
  'volunteers.service.list': method<ServicePage>()({
    effect: 'read',
    input: z.object({
      status: z.enum(SERVICE_STATUSES).optional(),
      volunteerId: id.optional(),
      activityId: id.optional(),
      dateFrom: isoDate.optional(),
      dateTo: isoDate.optional(),
      backfill: z.boolean().optional(),
      includeVoided: z.boolean().optional(),
      officeCode: officeCode.optional(),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
    }),
    access: VOLUNTEER_READERS,
  }),
  /** Approve or reject the records named, or every pending record of an activity. */
  'volunteers.service.decide': method<ServiceDecision>()({
    effect: 'write',
    input: z
      .object({
        ids: z.array(id).min(1).max(5000).optional(),
        activityId: id.optional(),
        decision: z.enum(['approve', 'reject']),
        reason: optionalText(FIELD_LIMITS.volunteer_service_records.rejectReason),
      })
      .refine((input) => (input.ids === undefined) !== (input.activityId === undefined), {
        message: 'ids or activityId',
      }),
    access: SERVICE_APPROVERS,
  }),
  'volunteers.service.void': method<{ voided: number }>()({
    effect: 'write',
    input: z.object({ ids: z.array(id).min(1).max(5000), reason: text(REASON_MAX).min(1) }),
    access: VOLUNTEER_CLERKS,
  }),
  /** Volunteers by star level (all-time approved hours) and approved hours, of the year when given. */
  'volunteers.stats': method<VolunteerStats>()({
    effect: 'read',
    input: z.object({ year: year.optional(), officeCode: officeCode.optional() }),
    access: VOLUNTEER_READERS,
  }),
  /** Volunteers who reached a new star level in the year. */
  'volunteers.milestones': method<MilestoneRow[]>()({
    effect: 'read',
    input: z.object({ year, officeCode: officeCode.optional() }),
    access: VOLUNTEER_READERS,
  }),
  'volunteers.settings.get': method<{ starThresholds: number[] }>()({
    effect: 'read',
    input: z.object({}),
    access: VOLUNTEER_READERS,
  }),
  'volunteers.settings.set': method<{ starThresholds: number[] }>()({
    effect: 'write',
    input: z.object({ starThresholds: z.array(z.number().int().min(1).max(100_000)).length(5) }),
    access: VOLUNTEER_CLERKS,
  }),
} as const;

export type VolunteerServiceMethodName = keyof typeof volunteerServiceMethods;
