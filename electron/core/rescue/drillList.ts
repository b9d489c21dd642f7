// A team's drills and call-outs (演练 / 出队), newest first, each with how many members were present and their
// hours; one drill with who was present, and the volunteer service record each volunteer's hours made.
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { rowRead } from '../records/reads';
import { volunteersOfPeople } from '../volunteers/roster/ofPeople';
import type { DrillAttendee, DrillDetail, DrillRow } from './contract';
import { getTeam } from './teamList';

type StoredDrill = Omit<DrillRow, 'endsNextDay' | 'voided'> & { endsNextDay: number; voided: number };

const DRILL_COLUMNS = `d.id, d.row_version AS rowVersion, d.team_id AS teamId, d.kind, d.date, d.place, d.content,
  d.start_time AS startTime, d.end_time AS endTime, d.ends_next_day AS endsNextDay, d.half_hours AS halfHours,
  (SELECT count(*) FROM rescue_drill_attendance a WHERE a.drill_id = d.id AND a.voided = 0) AS attendees,
  (SELECT coalesce(sum(a.half_hours), 0) FROM rescue_drill_attendance a
    WHERE a.drill_id = d.id AND a.voided = 0) AS attendeeHalfHours,
  d.created_by AS createdBy, d.voided, d.void_reason AS voidReason`;
const OF_TEAM = rowRead<StoredDrill, [teamId: string, all: number, limit: number, offset: number]>(
  `SELECT ${DRILL_COLUMNS} FROM rescue_drills d WHERE d.team_id = ? AND (? = 1 OR d.voided = 0) ORDER BY d.voided, d.date DESC, d.rowid DESC
   LIMIT ? OFFSET ?`,
);
const COUNT = rowRead<{ n: number }, [teamId: string, all: number]>(
  'SELECT count(*) AS n FROM rescue_drills WHERE team_id = ? AND (? = 1 OR voided = 0)',
);
const ONE = rowRead<StoredDrill & { officeCode: string; activityId: string | null }, [id: string]>(
  `SELECT ${DRILL_COLUMNS}, d.office_code AS officeCode, d.activity_id AS activityId
   FROM rescue_drills d WHERE d.id = ?`,
);

type StoredAttendee = Omit<DrillAttendee, 'volunteerNumber' | 'serviceVoided'> & {
  personId: string;
  serviceVoided: number | null;
};
const ATTENDANCE = rowRead<StoredAttendee, [drillId: string]>(
  `SELECT a.team_member_id AS teamMemberId, p.name, m.role, a.half_hours AS halfHours, m.person_id AS personId,
     r.status AS serviceStatus, r.voided AS serviceVoided
   FROM rescue_drill_attendance a JOIN rescue_team_members m ON m.id = a.team_member_id
   JOIN people p ON p.id = m.person_id LEFT JOIN volunteer_service_records r ON r.id = a.service_record_id
   WHERE a.drill_id = ? AND a.voided = 0 ORDER BY p.pinyin_full, a.rowid`,
);

const toDrill = ({ endsNextDay, voided, ...row }: StoredDrill): DrillRow => ({
  ...row,
  endsNextDay: endsNextDay === 1,
  voided: voided === 1,
});

export function listDrills(
  ctx: CoreContext,
  query: { teamId: string; includeVoided?: boolean; offset: number; limit: number },
): { rows: DrillRow[]; total: number } {
  getTeam(ctx, query.teamId);
  const all = query.includeVoided ? 1 : 0;
  const rows = OF_TEAM.on(ctx.store.sqlite).all(query.teamId, all, query.limit, query.offset).map(toDrill);
  return { rows, total: COUNT.on(ctx.store.sqlite).get(query.teamId, all)!.n };
}

/** The stored drill with its office and activity, or RESCUE_DRILL_NOT_FOUND. */
export function storedDrill(ctx: CoreContext, id: string) {
  const found = ONE.on(ctx.store.sqlite).get(id);
  if (!found) fail('RESCUE_DRILL_NOT_FOUND', { id });
  const { officeCode, activityId, ...row } = found;
  return { drill: toDrill(row), officeCode, activityId };
}

export function getDrill(ctx: CoreContext, id: string): DrillDetail {
  const { drill, officeCode } = storedDrill(ctx, id);
  getTeam(ctx, drill.teamId);
  const stored = ATTENDANCE.on(ctx.store.sqlite).all(id);
  const volunteers = volunteersOfPeople(
    ctx,
    officeCode,
    stored.map((a) => a.personId),
  );
  const attendance = stored.map(({ personId, serviceVoided, ...a }) => ({
    ...a,
    volunteerNumber: volunteers.get(personId)?.number ?? null,
    serviceVoided: serviceVoided === 1,
  }));
  return { ...drill, attendance };
}
