// Volunteers (志愿者): a person of the registry with a volunteer number, teams and skills, and the service records
// (志愿服务记录) whose approved hours count; the proofs issued from them (志愿服务记录证明) are numbered and kept.
// Hours are whole half-hours. Records are voided with a reason, never deleted.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { SERVICE_SOURCES, SERVICE_STATUSES, VOLUNTEER_GROUP_KINDS, VOLUNTEER_STATUSES } from '../../rules/volunteers';
import { recordColumns } from './record';

export const volunteers = sqliteTable(
  'volunteers',
  {
    ...recordColumns(),
    personId: text('person_id').notNull(),
    /** {office code}V{seq}: unique in the office for ever, voided or not. */
    number: text('number').notNull(),
    registrationDate: text('registration_date').notNull(),
    status: text('status', { enum: VOLUNTEER_STATUSES }).notNull().default('active'),
    /** Why a volunteer was suspended or deregistered. */
    statusReason: text('status_reason'),
    guardianName: text('guardian_name'),
    guardianPhone: text('guardian_phone'),
    notes: text('notes'),
    /** An office's own fields (JSON object: field key -> value); kept for the custom fields to come. */
    customFields: text('custom_fields'),
  },
  (t) => [
    uniqueIndex('volunteers_number').on(t.officeCode, t.number),
    uniqueIndex('volunteers_person_live')
      .on(t.officeCode, t.personId)
      .where(sql`voided = 0`),
    index('volunteers_person').on(t.personId),
    index('volunteers_registered').on(t.officeCode, t.voided, t.registrationDate),
  ],
);

/** The office's editable lists: 志愿服务队 (teams) and skills. */
export const volunteerGroups = sqliteTable(
  'volunteer_groups',
  {
    ...recordColumns(),
    kind: text('kind', { enum: VOLUNTEER_GROUP_KINDS }).notNull(),
    name: text('name').notNull(),
    notes: text('notes'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('volunteer_groups_name_live')
      .on(t.officeCode, t.kind, t.name)
      .where(sql`voided = 0`),
  ],
);

/** A volunteer in a team, or holding a skill (a volunteer may be in several). */
export const volunteerGroupMembers = sqliteTable(
  'volunteer_group_members',
  {
    ...recordColumns(),
    volunteerId: text('volunteer_id').notNull(),
    groupId: text('group_id').notNull(),
  },
  (t) => [
    uniqueIndex('volunteer_group_members_live')
      .on(t.volunteerId, t.groupId)
      .where(sql`voided = 0`),
    index('volunteer_group_members_group').on(t.groupId, t.voided, t.volunteerId),
  ],
);

/** The office's volunteer settings (one live row): the star thresholds in hours (JSON array of five). */
export const volunteerSettings = sqliteTable('volunteer_settings', {
  ...recordColumns(),
  starThresholds: text('star_thresholds').notNull(),
});

/** The last volunteer and proof numbers taken per scope ('volunteer', 'proof-2026'): never reused; local. */
export const volunteerSequences = sqliteTable(
  'volunteer_sequences',
  {
    officeCode: text('office_code').notNull(),
    scope: text('scope').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeCode, t.scope] })],
);

/** A service activity (活动): what many volunteers' records of one day name. */
export const volunteerActivities = sqliteTable(
  'volunteer_activities',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    organiser: text('organiser'),
    place: text('place'),
    content: text('content'),
    date: text('date').notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    endsNextDay: integer('ends_next_day', { mode: 'boolean' }).notNull().default(false),
    /** The hours every volunteer of it gets unless one is given other hours. */
    halfHours: integer('half_hours').notNull(),
  },
  (t) => [index('volunteer_activities_date').on(t.officeCode, t.date, t.name)],
);

/** One volunteer's service at one activity (志愿服务记录). */
export const volunteerServiceRecords = sqliteTable(
  'volunteer_service_records',
  {
    ...recordColumns(),
    volunteerId: text('volunteer_id').notNull(),
    activityId: text('activity_id').notNull(),
    serviceDate: text('service_date').notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    endsNextDay: integer('ends_next_day', { mode: 'boolean' }).notNull().default(false),
    halfHours: integer('half_hours').notNull(),
    status: text('status', { enum: SERVICE_STATUSES }).notNull().default('pending'),
    source: text('source', { enum: SERVICE_SOURCES }).notNull().default('entry'),
    /** Entered more than 30 days after the service (补录), with the reason given. */
    backfill: integer('backfill', { mode: 'boolean' }).notNull().default(false),
    backfillReason: text('backfill_reason'),
    /** Who approved or rejected it, and when; why, when rejected. */
    decidedBy: text('decided_by'),
    decidedAt: text('decided_at'),
    rejectReason: text('reject_reason'),
  },
  (t) => [
    // A volunteer's totals and a day's hours are read from this index alone.
    index('volunteer_service_volunteer')
      .on(t.volunteerId, t.status, t.serviceDate, t.halfHours)
      .where(sql`voided = 0`),
    // The office's approved hours of a year, and the list of records waiting for approval.
    index('volunteer_service_status')
      .on(t.status, t.serviceDate, t.halfHours, t.volunteerId)
      .where(sql`voided = 0`),
    index('volunteer_service_activity').on(t.activityId),
  ],
);

/** A service-record proof (志愿服务记录证明), numbered and registered; what it certified is kept as issued. */
export const volunteerProofs = sqliteTable(
  'volunteer_proofs',
  {
    ...recordColumns(),
    number: text('number').notNull(),
    volunteerId: text('volunteer_id').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    halfHours: integer('half_hours').notNull(),
    /** The activities of the period as the proof lists them. */
    content: text('content').notNull(),
    issuerName: text('issuer_name').notNull(),
    personInCharge: text('person_in_charge').notNull(),
    handler: text('handler').notNull(),
    contact: text('contact'),
    issueDate: text('issue_date').notNull(),
  },
  (t) => [
    uniqueIndex('volunteer_proofs_number').on(t.officeCode, t.number),
    index('volunteer_proofs_issued').on(t.officeCode, t.issueDate),
    index('volunteer_proofs_volunteer').on(t.volunteerId),
  ],
);
