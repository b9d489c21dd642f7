// The service records as a list (the approval page, a volunteer's or an activity's records), newest first.
import type { CoreContext } from '../../context';
import { rowRead, tupleRead } from '../../records/reads';
import type { ServicePage, ServiceQuery, ServiceRecordRow } from './contract';

type StoredRecord = Omit<ServiceRecordRow, 'endsNextDay' | 'backfill' | 'voided'> & {
  endsNextDay: number;
  backfill: number;
  voided: number;
};

const COLUMNS = `r.id, r.row_version AS rowVersion, r.volunteer_id AS volunteerId, v.number AS volunteerNumber,
  p.name, r.activity_id AS activityId, a.name AS activityName, r.service_date AS serviceDate,
  r.start_time AS startTime, r.end_time AS endTime, r.ends_next_day AS endsNextDay, r.half_hours AS halfHours,
  r.status, r.source, r.backfill, r.backfill_reason AS backfillReason, r.created_by AS createdBy,
  r.created_at AS createdAt, r.decided_by AS decidedBy, r.decided_at AS decidedAt, r.reject_reason AS rejectReason,
  r.voided`;
const FROM = `FROM volunteer_service_records r JOIN volunteers v ON v.id = r.volunteer_id
  JOIN people p ON p.id = v.person_id JOIN volunteer_activities a ON a.id = r.activity_id`;

function whereOf(
  query: Omit<ServiceQuery, 'offset' | 'limit'>,
  officeCode: string,
): { sql: string; params: unknown[] } {
  const parts: string[] = ['r.office_code = ?'];
  const params: unknown[] = [officeCode];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (!query.includeVoided) parts.push('r.voided = 0');
  if (query.status) add('r.status = ?', query.status);
  if (query.volunteerId) add('r.volunteer_id = ?', query.volunteerId);
  if (query.activityId) add('r.activity_id = ?', query.activityId);
  if (query.dateFrom) add('r.service_date >= ?', query.dateFrom);
  if (query.dateTo) add('r.service_date <= ?', query.dateTo);
  if (query.backfill !== undefined) add('r.backfill = ?', query.backfill ? 1 : 0);
  return { sql: `WHERE ${parts.join(' AND ')}`, params };
}

export function listService(ctx: CoreContext, officeCode: string, query: ServiceQuery): ServicePage {
  const where = whereOf(query, officeCode);
  const rows = rowRead<StoredRecord>(
    `SELECT ${COLUMNS} ${FROM} ${where.sql} ORDER BY r.service_date DESC, a.name, p.pinyin_full, r.id LIMIT ? OFFSET ?`,
  )
    .on(ctx.store.sqlite)
    .all(...where.params, query.limit, query.offset);
  return {
    rows: rows.map((r) => ({
      ...r,
      endsNextDay: r.endsNextDay === 1,
      backfill: r.backfill === 1,
      voided: r.voided === 1,
    })),
    ...serviceTotals(ctx, officeCode, query),
  };
}

/** How many records the query keeps and their hours (the approval list's count, the dashboard's pending hours). */
export function serviceTotals(
  ctx: CoreContext,
  officeCode: string,
  query: Omit<ServiceQuery, 'offset' | 'limit'>,
): { total: number; halfHours: number } {
  const where = whereOf(query, officeCode);
  const [total, halfHours] = tupleRead<[number, number]>(
    `SELECT count(*), coalesce(sum(r.half_hours), 0) FROM volunteer_service_records r ${where.sql}`,
  )
    .on(ctx.store.sqlite)
    .get(...where.params)!;
  return { total, halfHours };
}
