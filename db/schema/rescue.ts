// Rescue teams (应急救援队): teams with their members (people of the registry, each with a role), the equipment
// assigned to them from the warehouse catalog, and their drills and call-outs (演练 / 出队) with who was present.
// A volunteer's hours at a drill are one volunteer service record, named by the attendance row that made it.
// Records are voided with a reason, never deleted.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DRILL_KINDS } from '../../rules/rescue';
import { recordColumns } from './record';

/** The office's rescue settings (one live row): its team types and roles, JSON arrays of names. */
export const rescueSettings = sqliteTable('rescue_settings', {
  ...recordColumns(),
  teamTypes: text('team_types').notNull(),
  roles: text('roles').notNull(),
});

export const rescueTeams = sqliteTable(
  'rescue_teams',
  {
    ...recordColumns(),
    /** {office code}JY{seq}, or as the office numbers its teams: unique in the office for ever, voided or not. */
    number: text('number').notNull(),
    name: text('name').notNull(),
    /** A name of the office's team types when it was saved. */
    type: text('type').notNull(),
    foundedDate: text('founded_date'),
    contactPhone: text('contact_phone'),
    notes: text('notes'),
  },
  (t) => [
    uniqueIndex('rescue_teams_number').on(t.officeCode, t.number),
    uniqueIndex('rescue_teams_name_live')
      .on(t.officeCode, t.name)
      .where(sql`voided = 0`),
  ],
);

/** A person in a team, with a role, from the day they joined to the day they left (null while in it). */
export const rescueTeamMembers = sqliteTable(
  'rescue_team_members',
  {
    ...recordColumns(),
    teamId: text('team_id').notNull(),
    personId: text('person_id').notNull(),
    role: text('role').notNull(),
    joinedDate: text('joined_date').notNull(),
    leftDate: text('left_date'),
    leaveReason: text('leave_reason'),
    /** An office's own fields of the team roster (JSON object: field key -> value). */
    customFields: text('custom_fields'),
  },
  (t) => [
    // A person is in a team once at a time; after leaving they may join again.
    uniqueIndex('rescue_team_members_live')
      .on(t.teamId, t.personId)
      .where(sql`voided = 0 AND left_date IS NULL`),
    index('rescue_team_members_team').on(t.teamId, t.voided, t.leftDate),
    index('rescue_team_members_person').on(t.personId),
  ],
);

/** Equipment of the warehouse catalog assigned to a team: a record of who holds what, not a stock movement. */
export const rescueTeamEquipment = sqliteTable(
  'rescue_team_equipment',
  {
    ...recordColumns(),
    teamId: text('team_id').notNull(),
    itemId: text('item_id').notNull(),
    /** In the item's unit. */
    quantity: integer('quantity').notNull(),
    assignedDate: text('assigned_date').notNull(),
    returnedDate: text('returned_date'),
    note: text('note'),
  },
  (t) => [index('rescue_team_equipment_team').on(t.teamId, t.voided)],
);

/** A drill (演练) or a call-out (出队) of a team: when, where, what, and the hours every member present gets. */
export const rescueDrills = sqliteTable(
  'rescue_drills',
  {
    ...recordColumns(),
    teamId: text('team_id').notNull(),
    kind: text('kind', { enum: DRILL_KINDS }).notNull(),
    date: text('date').notNull(),
    place: text('place').notNull(),
    content: text('content'),
    startTime: text('start_time'),
    endTime: text('end_time'),
    endsNextDay: integer('ends_next_day', { mode: 'boolean' }).notNull().default(false),
    halfHours: integer('half_hours').notNull(),
    /** The volunteer activity its volunteers' service records name; null while no volunteer attended. */
    activityId: text('activity_id'),
  },
  (t) => [index('rescue_drills_team').on(t.teamId, t.voided, t.date)],
);

/** A member present at a drill, with their hours; the volunteer service record made for them, if a volunteer. */
export const rescueDrillAttendance = sqliteTable(
  'rescue_drill_attendance',
  {
    ...recordColumns(),
    drillId: text('drill_id').notNull(),
    teamMemberId: text('team_member_id').notNull(),
    halfHours: integer('half_hours').notNull(),
    serviceRecordId: text('service_record_id'),
  },
  (t) => [
    uniqueIndex('rescue_drill_attendance_live')
      .on(t.drillId, t.teamMemberId)
      .where(sql`voided = 0`),
    index('rescue_drill_attendance_member').on(t.teamMemberId),
  ],
);
