// members, youthMembers, groupMembers (valid at the end of the period) and membersLapsed (in it), by the lapse rule
// of members/standing.ts applied to the dues of the period's year, and the status a membership had on a day: the
// last change dated by then (member_status_changes), else the status it began with.
import { yearOf } from '@rules/members';
import { duesUnpaidTwoYears } from '../../members/standing';
import { tupleRead, valueRead } from '../../records/reads';
import type { ReportScope } from '../scope';

/** The recorded status of `members m` on the day bound to `?`. */
const STATUS_ON = `coalesce(
  (SELECT c.to_status FROM member_status_changes c WHERE c.member_id = m.id AND c.voided = 0 AND c.change_date <= ?
    ORDER BY c.change_date DESC, c.created_at DESC LIMIT 1),
  (SELECT c.from_status FROM member_status_changes c WHERE c.member_id = m.id AND c.voided = 0
    ORDER BY c.change_date, c.created_at LIMIT 1),
  m.status)`;

export interface ValidMembers {
  members: number;
  youthMembers: number;
  groupMembers: number;
}

/** Joined by the end, 有效 on the last day, and not lapsed for dues in the last day's year. */
export function validMembers(scope: ReportScope): ValidMembers {
  return scope.once('members', () => {
    const unpaid = duesUnpaidTwoYears(yearOf(scope.to));
    const [individual, youth, group] = tupleRead<[number, number, number]>(
      `SELECT coalesce(sum(m.kind = 'individual'), 0), coalesce(sum(m.kind = 'youth'), 0),
         coalesce(sum(m.kind = 'group'), 0)
       FROM members m WHERE m.office_code = ? AND m.voided = 0 AND m.join_date <= ?
         AND ${STATUS_ON} = 'active' AND NOT ${unpaid.sql}`,
    )
      .on(scope.ctx.store.sqlite)
      .get(scope.office, scope.to, scope.to, ...unpaid.params)!;
    return { members: individual + youth + group, youthMembers: youth, groupMembers: group };
  });
}

/**
 * Set to 失效 with a date in the period, or 有效 the day before it began and lapsed for dues on a 1 January within
 * it (lapsed in the last day's year, not yet in the year of the day before the first); each membership once.
 */
export function membersLapsed(scope: ReportScope): number {
  const atEnd = duesUnpaidTwoYears(yearOf(scope.to));
  const before = duesUnpaidTwoYears(yearOf(scope.dayBefore));
  return valueRead<number>(
    `SELECT count(*) FROM members m WHERE m.office_code = ? AND m.voided = 0 AND m.join_date <= ? AND (
       EXISTS (SELECT 1 FROM member_status_changes c WHERE c.member_id = m.id AND c.voided = 0
         AND c.to_status = 'lapsed' AND c.change_date BETWEEN ? AND ?)
       OR (${STATUS_ON} = 'active' AND ${atEnd.sql} AND NOT ${before.sql}))`,
  )
    .on(scope.ctx.store.sqlite)
    .get(scope.office, scope.to, scope.from, scope.to, scope.dayBefore, ...atEnd.params, ...before.params)!;
}
