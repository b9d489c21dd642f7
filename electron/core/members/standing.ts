// The lapse rule of rules/members.ts as SQL over `members m`, for filters, counts and the list to call: the same
// rule the rows are shown with (duesStanding), read from the dues of the two years before `year`.
import type { CoreContext } from '../context';
import { localToday } from '../stock/office';

export interface Condition {
  sql: string;
  params: unknown[];
}

/** The current calendar year at the office (China time). */
export function currentYear(ctx: CoreContext): number {
  return Number(localToday(ctx).slice(0, 4));
}

const UNPAID = (years: number) =>
  `NOT EXISTS (SELECT 1 FROM member_dues d WHERE d.member_id = m.id AND d.voided = 0 AND d.year IN (${Array.from(
    { length: years },
    () => '?',
  ).join(', ')}))`;

/** Pays dues, owed both years before `year` (joined before the earlier) and paid neither, whatever its status. */
export function duesUnpaidTwoYears(year: number): Condition {
  return {
    sql: `(m.kind <> 'youth' AND m.join_date < ? AND ${UNPAID(2)})`,
    params: [`${year - 1}-01-01`, year - 1, year - 2],
  };
}

/** Recorded 有效 and lapsed for dues in `year` (duesUnpaidTwoYears). */
export function lapsedForDues(year: number): Condition {
  const unpaid = duesUnpaidTwoYears(year);
  return { sql: `(m.status = 'active' AND ${unpaid.sql})`, params: unpaid.params };
}

/** Recorded 有效, pays dues, owed last year and did not pay it, and not lapsed already. */
export function aboutToLapse(year: number): Condition {
  const lapsed = lapsedForDues(year);
  return {
    sql: `(m.status = 'active' AND m.kind <> 'youth' AND m.join_date < ? AND ${UNPAID(1)} AND NOT ${lapsed.sql})`,
    params: [`${year}-01-01`, year - 1, ...lapsed.params],
  };
}

/** The status as shown: 失效 recorded or for dues; 有效 only when neither. */
export function shownStatus(status: string, year: number): Condition {
  const lapsed = lapsedForDues(year);
  if (status === 'lapsed') return { sql: `(m.status = 'lapsed' OR ${lapsed.sql})`, params: lapsed.params };
  if (status === 'active') return { sql: `(m.status = 'active' AND NOT ${lapsed.sql})`, params: lapsed.params };
  return { sql: 'm.status = ?', params: [status] };
}
