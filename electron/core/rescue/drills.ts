// A drill or call-out (演练 / 出队) recorded, edited and voided: the day, place and content, the hours every member
// present gets (from a start and an end, or typed) and a few members' own hours. Each member present who is a
// volunteer of the office has ONE volunteer service record of those hours (volunteers/service/linked.ts), kept
// in step when the drill is edited and voided with it - so the volunteer's totals count the drill once.
import { rescueDrillAttendance, rescueDrills } from '@db/schema';
import type { DrillKind } from '@rules/rescue';
import { halfHoursOfHours } from '@rules/volunteers';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { insertRecords, updateRecords, voidRecords } from '../records/bulk';
import { rowRead } from '../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../records/write';
import { localToday } from '../stock/office';
import { volunteersOfPeople } from '../volunteers/roster/ofPeople';
import { readDuration, type StoredDuration } from '../volunteers/service/duration';
import { keepLinkedService, voidLinkedService, type LinkedService } from '../volunteers/service/linked';
import type { DrillDetail, DrillInput, RescueTeamRow } from './contract';
import { getDrill, storedDrill } from './drillList';
import { writableTeam } from './teams';

/** How the drill's volunteer activity is named: 水上救援队演练. */
const KIND_NAMES: Record<DrillKind, string> = { drill: '演练', callout: '出队' };
const DROPPED_REASON = '不再列为演练出勤';

const TEAM_MEMBERS = rowRead<
  { id: string; personId: string; name: string; joinedDate: string; leftDate: string | null },
  [teamId: string]
>(
  `SELECT m.id, m.person_id AS personId, p.name, m.joined_date AS joinedDate, m.left_date AS leftDate
   FROM rescue_team_members m JOIN people p ON p.id = m.person_id WHERE m.team_id = ? AND m.voided = 0`,
);
const ATTENDANCE = rowRead<
  { id: string; teamMemberId: string; halfHours: number; serviceRecordId: string | null; volunteerId: string | null },
  [drillId: string]
>(
  `SELECT a.id, a.team_member_id AS teamMemberId, a.half_hours AS halfHours, a.service_record_id AS serviceRecordId,
     r.volunteer_id AS volunteerId
   FROM rescue_drill_attendance a LEFT JOIN volunteer_service_records r ON r.id = a.service_record_id
   WHERE a.drill_id = ? AND a.voided = 0`,
);

interface Attendee {
  teamMemberId: string;
  personId: string;
  duration: StoredDuration;
}

function durationOf(duration: DrillInput['duration']): StoredDuration {
  const read = readDuration(duration);
  return read.ok ? read.duration : fail(read.code);
}

/** The drill's own fields, after the form's rules. */
function drillFields(ctx: CoreContext, input: DrillInput) {
  const place = input.place.trim();
  if (!place) fail('RESCUE_DRILL_PLACE_REQUIRED');
  if (input.date > localToday(ctx)) fail('RESCUE_DATE_FUTURE');
  const duration = durationOf(input.duration);
  return { kind: input.kind, date: input.date, place, content: input.content?.trim() || null, ...duration };
}

/** Each member present with their hours; all must be in the team on the day, each named once. */
function checkedAttendees(ctx: CoreContext, teamId: string, input: DrillInput, shared: StoredDuration): Attendee[] {
  if (input.attendees.length === 0) fail('RESCUE_DRILL_NO_ATTENDEES');
  const ids = input.attendees.map((a) => a.teamMemberId);
  if (new Set(ids).size !== ids.length) fail('RESCUE_DRILL_MEMBER_REPEATED');
  const members = new Map(
    TEAM_MEMBERS.on(ctx.store.sqlite)
      .all(teamId)
      .map((m) => [m.id, m]),
  );
  const outside = ids.filter((id) => {
    const m = members.get(id);
    return !m || m.joinedDate > input.date || (m.leftDate !== null && m.leftDate < input.date);
  });
  if (outside.length > 0)
    fail('RESCUE_DRILL_MEMBER_NOT_IN_TEAM', {
      names: outside.map((id) => members.get(id)?.name ?? '?').join('、'),
      date: input.date,
    });
  return input.attendees.map((a) => {
    const own = a.hours === null || a.hours === undefined ? null : halfHoursOfHours(a.hours);
    if (own === null && a.hours !== null && a.hours !== undefined) fail('SERVICE_HOURS_INVALID');
    const duration = own === null ? shared : { startTime: null, endTime: null, endsNextDay: false, halfHours: own };
    return { teamMemberId: a.teamMemberId, personId: members.get(a.teamMemberId)!.personId, duration };
  });
}

/**
 * The volunteer service records of the drill brought in step with its attendance: a record kept for each
 * attendee who has one, a new one for a volunteer on the active roster who has none; then each attendance row
 * names its record and the drill its activity.
 */
function keepService(
  ctx: CoreContext,
  team: RescueTeamRow,
  drill: { id: string; activityId: string | null } & ReturnType<typeof drillFields>,
  attendees: readonly Attendee[],
  change: { dropped: readonly string[]; backfillReason?: string | null },
): void {
  const attendance = ATTENDANCE.on(ctx.store.sqlite).all(drill.id);
  const byMember = new Map(attendance.map((a) => [a.teamMemberId, a]));
  const volunteers = volunteersOfPeople(
    ctx,
    team.officeCode,
    attendees.map((a) => a.personId),
  );
  const linked: (LinkedService & { attendanceId: string })[] = [];
  for (const a of attendees) {
    const row = byMember.get(a.teamMemberId)!;
    const volunteer = volunteers.get(a.personId);
    if (row.serviceRecordId && row.volunteerId)
      linked.push({
        attendanceId: row.id,
        volunteerId: row.volunteerId,
        recordId: row.serviceRecordId,
        duration: a.duration,
      });
    else if (volunteer?.active)
      linked.push({ attendanceId: row.id, volunteerId: volunteer.id, recordId: null, duration: a.duration });
  }
  if (linked.length === 0 && change.dropped.length === 0 && drill.activityId === null) return;
  const kept = keepLinkedService(ctx, {
    source: 'drill',
    activityId: drill.activityId,
    activity: {
      name: `${team.name}${KIND_NAMES[drill.kind]}`,
      organiser: team.name,
      place: drill.place,
      content: drill.content,
      date: drill.date,
    },
    times: {
      startTime: drill.startTime,
      endTime: drill.endTime,
      endsNextDay: drill.endsNextDay,
      halfHours: drill.halfHours,
    },
    services: linked,
    dropped: change.dropped,
    droppedReason: DROPPED_REASON,
    backfillReason: change.backfillReason,
  });
  updateRecords(
    ctx,
    rescueDrillAttendance,
    linked.flatMap((l, n) =>
      l.recordId === null ? [{ id: l.attendanceId, set: { serviceRecordId: kept.recordIds[n]! } }] : [],
    ),
  );
  if (kept.activityId !== drill.activityId) updateRecord(ctx, rescueDrills, drill.id, { activityId: kept.activityId });
}

function attendanceRows(drillId: string, attendees: readonly Attendee[]) {
  return attendees.map((a) => ({
    drillId,
    teamMemberId: a.teamMemberId,
    halfHours: a.duration.halfHours,
    serviceRecordId: null,
  }));
}

export function recordDrill(ctx: CoreContext, teamId: string, input: DrillInput): DrillDetail {
  const team = writableTeam(ctx, teamId);
  const fields = drillFields(ctx, input);
  const attendees = checkedAttendees(ctx, team.id, input, fields);
  const drill = insertRecord(ctx, rescueDrills, team.officeCode, { teamId: team.id, ...fields, activityId: null });
  insertRecords(ctx, rescueDrillAttendance, team.officeCode, attendanceRows(drill.id, attendees));
  keepService(ctx, team, { ...fields, id: drill.id, activityId: null }, attendees, {
    dropped: [],
    backfillReason: input.backfillReason,
  });
  return getDrill(ctx, drill.id);
}

/** A live drill of a live team of this office. */
function writableDrill(ctx: CoreContext, id: string) {
  const stored = storedDrill(ctx, id);
  requireOwnRecord(ctx, stored.officeCode);
  if (stored.drill.voided) fail('RESCUE_DRILL_NOT_FOUND', { id });
  return { ...stored, team: writableTeam(ctx, stored.drill.teamId) };
}

export function updateDrill(ctx: CoreContext, id: string, rowVersion: number, input: DrillInput): DrillDetail {
  const { team, activityId } = writableDrill(ctx, id);
  const fields = drillFields(ctx, input);
  const attendees = checkedAttendees(ctx, team.id, input, fields);
  updateRecord(ctx, rescueDrills, id, fields, rowVersion);
  const present = new Map(attendees.map((a) => [a.teamMemberId, a]));
  const stored = ATTENDANCE.on(ctx.store.sqlite).all(id);
  const gone = stored.filter((a) => !present.has(a.teamMemberId));
  voidRecords(
    ctx,
    rescueDrillAttendance,
    gone.map((a) => a.id),
    DROPPED_REASON,
  );
  updateRecords(
    ctx,
    rescueDrillAttendance,
    stored.flatMap((a) => {
      const now = present.get(a.teamMemberId);
      return now && now.duration.halfHours !== a.halfHours
        ? [{ id: a.id, set: { halfHours: now.duration.halfHours } }]
        : [];
    }),
  );
  const held = new Set(stored.map((a) => a.teamMemberId));
  insertRecords(
    ctx,
    rescueDrillAttendance,
    team.officeCode,
    attendanceRows(
      id,
      attendees.filter((a) => !held.has(a.teamMemberId)),
    ),
  );
  const dropped = gone.flatMap((a) => (a.serviceRecordId ? [a.serviceRecordId] : []));
  keepService(ctx, team, { ...fields, id, activityId }, attendees, {
    dropped,
    backfillReason: input.backfillReason,
  });
  return getDrill(ctx, id);
}

/** A drill entered by mistake: voided with its attendance and the volunteer service records it made. */
export function voidDrill(ctx: CoreContext, id: string, reason: string): DrillDetail {
  const { activityId } = writableDrill(ctx, id);
  const attendance = ATTENDANCE.on(ctx.store.sqlite).all(id);
  voidRecord(ctx, rescueDrills, id, reason);
  voidRecords(
    ctx,
    rescueDrillAttendance,
    attendance.map((a) => a.id),
    reason.trim(),
  );
  const records = attendance.flatMap((a) => (a.serviceRecordId ? [a.serviceRecordId] : []));
  if (records.length > 0 || activityId) voidLinkedService(ctx, activityId, records, reason.trim());
  return getDrill(ctx, id);
}
