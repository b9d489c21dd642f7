// The office's volunteer figures from approved hours only: volunteers by star level (all-time hours and the
// office's thresholds), approved hours of a year and of each of its months, and who reached a new star level in a
// year.
import { starLevel, STAR_LEVELS, type StarLevel } from '@rules/volunteers';
import type { CoreContext } from '../../context';
import { rowRead, tupleRead, valueRead } from '../../records/reads';
import { starThresholds } from '../settings';
import type { MilestoneRow, VolunteerStats } from './contract';

/** Each live volunteer's approved hours, all time (read from the volunteer index, one seek each). */
const APPROVED_BY_VOLUNTEER = tupleRead<[volunteerId: string, approved: number]>(
  `SELECT v.id, (SELECT coalesce(sum(r.half_hours), 0) FROM volunteer_service_records r
     INDEXED BY volunteer_service_volunteer
     WHERE r.volunteer_id = v.id AND r.status = 'approved' AND r.voided = 0)
   FROM volunteers v WHERE v.office_code = ? AND v.voided = 0`,
);
/**
 * The office's approved, live service records of a period (params: from, to, office code), found volunteer by
 * volunteer in the volunteer index: at the city a county's records are a tenth of a year's, never read row by row.
 */
const APPROVED_IN_PERIOD = `FROM volunteers v JOIN volunteer_service_records r INDEXED BY volunteer_service_volunteer
     ON r.volunteer_id = v.id AND r.status = 'approved' AND r.voided = 0 AND r.service_date BETWEEN ? AND ?
   WHERE v.office_code = ?`;
const APPROVED_BETWEEN = valueRead<number, [from: string, to: string, officeCode: string]>(
  `SELECT coalesce(sum(r.half_hours), 0) ${APPROVED_IN_PERIOD}`,
);
const APPROVED_BY_MONTH = tupleRead<[month: number, halfHours: number], [from: string, to: string, officeCode: string]>(
  `SELECT CAST(substr(r.service_date, 6, 2) AS INTEGER), sum(r.half_hours) ${APPROVED_IN_PERIOD}
   GROUP BY substr(r.service_date, 6, 2)`,
);
const APPROVED_BEFORE_AND_THROUGH = rowRead<
  { volunteerId: string; number: string; name: string; before: number; through: number },
  [{ yearStart: string; yearEnd: string; officeCode: string }]
>(
  `SELECT v.id AS volunteerId, v.number, p.name,
     coalesce(sum(CASE WHEN r.service_date < @yearStart THEN r.half_hours END), 0) AS before,
     coalesce(sum(CASE WHEN r.service_date <= @yearEnd THEN r.half_hours END), 0) AS through
   FROM volunteers v JOIN people p ON p.id = v.person_id
   JOIN volunteer_service_records r INDEXED BY volunteer_service_volunteer
     ON r.volunteer_id = v.id AND r.status = 'approved' AND r.voided = 0
   WHERE v.office_code = @officeCode AND v.voided = 0
   GROUP BY v.id HAVING through > 0`,
);

export function volunteerStats(ctx: CoreContext, officeCode: string, year?: number): VolunteerStats {
  const thresholds = starThresholds(ctx, officeCode);
  const byStar = Object.fromEntries(STAR_LEVELS.map((s) => [s, 0])) as Record<StarLevel, number>;
  let volunteers = 0;
  let allTime = 0;
  for (const [, approved] of APPROVED_BY_VOLUNTEER.on(ctx.store.sqlite).iterate(officeCode)) {
    volunteers++;
    allTime += approved;
    byStar[starLevel(approved, thresholds)]++;
  }
  const approvedHalfHours =
    year === undefined ? allTime : approvedHalfHoursBetween(ctx, officeCode, `${year}-01-01`, `${year}-12-31`);
  return { volunteers, approvedHalfHours, byStar, thresholds };
}

/** The office's approved hours of service dated from..to, in half-hours. */
export function approvedHalfHoursBetween(ctx: CoreContext, officeCode: string, from: string, to: string): number {
  return APPROVED_BETWEEN.on(ctx.store.sqlite).get(from, to, officeCode) ?? 0;
}

/** The office's approved hours of each month of `year` (January first), in half-hours. */
export function approvedByMonth(ctx: CoreContext, officeCode: string, year: number): number[] {
  const months = Array.from({ length: 12 }, () => 0);
  for (const [month, halfHours] of APPROVED_BY_MONTH.on(ctx.store.sqlite).iterate(
    `${year}-01-01`,
    `${year}-12-31`,
    officeCode,
  ))
    months[month - 1] = halfHours;
  return months;
}

/** Volunteers whose approved hours crossed a star threshold in the year, highest star first. */
export function milestones(ctx: CoreContext, officeCode: string, year: number): MilestoneRow[] {
  const thresholds = starThresholds(ctx, officeCode);
  const rows: MilestoneRow[] = [];
  for (const row of APPROVED_BEFORE_AND_THROUGH.on(ctx.store.sqlite).iterate({
    yearStart: `${year}-01-01`,
    yearEnd: `${year}-12-31`,
    officeCode,
  })) {
    const starBefore = starLevel(row.before, thresholds);
    const star = starLevel(row.through, thresholds);
    if (star > starBefore)
      rows.push({
        volunteerId: row.volunteerId,
        number: row.number,
        name: row.name,
        starBefore,
        star,
        approvedHalfHours: row.through,
      });
  }
  return rows.sort(
    (a, b) => b.star - a.star || b.approvedHalfHours - a.approvedHalfHours || a.number.localeCompare(b.number),
  );
}
