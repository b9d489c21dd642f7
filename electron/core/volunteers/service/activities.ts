// Service activities (活动): picked from those already recorded, or defined while entering hours.
import { volunteerActivities } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead } from '../../records/reads';
import { insertRecord, updateRecord } from '../../records/write';
import { OWN_OFFICE } from '../../stock/office';
import type { ActivityInput, ActivityRow } from './contract';

type StoredActivity = Omit<ActivityRow, 'endsNextDay'> & { endsNextDay: number };

const ACTIVITY_SQL = `SELECT a.id, a.row_version AS rowVersion, a.name, a.organiser, a.place, a.content, a.date,
  a.start_time AS startTime, a.end_time AS endTime, a.ends_next_day AS endsNextDay, a.half_hours AS halfHours,
  (SELECT count(*) FROM volunteer_service_records r WHERE r.activity_id = a.id AND r.voided = 0) AS records
  FROM volunteer_activities a`;
const ACTIVITY = rowRead<StoredActivity, [id: string]>(`${ACTIVITY_SQL} WHERE a.id = ? AND a.voided = 0`);
const ACTIVITIES = rowRead<StoredActivity, [from: string, to: string, search: string, limit: number]>(
  `${ACTIVITY_SQL} WHERE a.${OWN_OFFICE} AND a.voided = 0 AND a.date BETWEEN ? AND ? AND instr(a.name, ?) > 0
   ORDER BY a.date DESC, a.name LIMIT ?`,
);

const toActivity = (row: StoredActivity): ActivityRow => ({ ...row, endsNextDay: row.endsNextDay === 1 });

export function findActivity(ctx: CoreContext, id: string): ActivityRow {
  const row = ACTIVITY.on(ctx.store.sqlite).get(id);
  return row ? toActivity(row) : fail('SERVICE_ACTIVITY_NOT_FOUND', { id });
}

export function listActivities(
  ctx: CoreContext,
  query: { from?: string; to?: string; search?: string; limit?: number },
): ActivityRow[] {
  return ACTIVITIES.on(ctx.store.sqlite)
    .all(query.from ?? '0000-00-00', query.to ?? '9999-12-31', query.search?.trim() ?? '', query.limit ?? 100)
    .map(toActivity);
}

export interface ActivityTimes {
  startTime: string | null;
  endTime: string | null;
  endsNextDay: boolean;
  halfHours: number;
}

/** The activity's fields as stored: a name required, blanks as null. */
function activityFields(input: ActivityInput, times: ActivityTimes) {
  const name = input.name.trim();
  if (!name) fail('SERVICE_ACTIVITY_REQUIRED');
  const clean = (value: string | null | undefined) => value?.trim() || null;
  return {
    name,
    organiser: clean(input.organiser),
    place: clean(input.place),
    content: clean(input.content),
    date: input.date,
    ...times,
  };
}

export function createActivity(
  ctx: CoreContext,
  officeCode: string,
  input: ActivityInput,
  times: ActivityTimes,
): ActivityRow {
  const row = insertRecord(ctx, volunteerActivities, officeCode, activityFields(input, times));
  return findActivity(ctx, row.id);
}

/** An activity kept in step with the record it came from (a rescue team's drill). */
export function updateActivity(ctx: CoreContext, id: string, input: ActivityInput, times: ActivityTimes): void {
  updateRecord(ctx, volunteerActivities, id, activityFields(input, times));
}
