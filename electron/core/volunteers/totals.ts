// Volunteers' hours from their service records, read from the index (volunteer, status, date, hours) alone:
// approved all time and since a day, and pending. Only approved hours count toward totals and stars.
import type { CoreContext } from '../context';
import { tupleRead } from '../records/reads';
import { IN_LIST, inListBatches } from '../records/statements';

export interface VolunteerHours {
  approved: number;
  approvedSince: number;
  pending: number;
}

const TOTALS = tupleRead<[volunteerId: string, approved: number, approvedSince: number, pending: number]>(
  `SELECT volunteer_id,
     coalesce(sum(CASE WHEN status = 'approved' THEN half_hours END), 0),
     coalesce(sum(CASE WHEN status = 'approved' AND service_date >= ? THEN half_hours END), 0),
     coalesce(sum(CASE WHEN status = 'pending' THEN half_hours END), 0)
   FROM volunteer_service_records INDEXED BY volunteer_service_volunteer
   WHERE voided = 0 AND volunteer_id IN (${IN_LIST}) GROUP BY volunteer_id`,
);

/** Each volunteer's hours in half-hours (a volunteer without records is left out). */
export function totalsOf(
  ctx: CoreContext,
  volunteerIds: readonly string[],
  since: string,
): Map<string, VolunteerHours> {
  const read = TOTALS.on(ctx.store.sqlite);
  const totals = new Map<string, VolunteerHours>();
  for (const batch of inListBatches(volunteerIds))
    for (const [id, approved, approvedSince, pending] of read.all(since, ...batch))
      totals.set(id, { approved, approvedSince, pending });
  return totals;
}
