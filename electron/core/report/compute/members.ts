// members, youthMembers, groupMembers (valid at the end of the period) and membersLapsed (in it), in one pass over the
// office's members: the lapse rule of members/standing.ts applied to the dues of the year in question, and the status
// a membership had on a day - the last change dated by then (member_status_changes), else the status it began with.
import { yearOf } from '@rules/members';
import { duesUnpaidTwoYears } from '../../members/standing';
import { tupleRead } from '../../records/reads';
import type { ReportScope } from '../scope';

/**
 * The recorded status of `members m` on the day bound to `?`. A membership whose status never changed has no
 * status date (a change sets it, with its history row): its status is the one it has.
 */
const STATUS_ON = `CASE WHEN m.status_date IS NULL THEN m.status ELSE coalesce(
  (SELECT c.to_status FROM member_status_changes c WHERE c.member_id = m.id AND c.voided = 0 AND c.change_date <= ?
    ORDER BY c.change_date DESC, c.created_at DESC LIMIT 1),
  (SELECT c.from_status FROM member_status_changes c WHERE c.member_id = m.id AND c.voided = 0
    ORDER BY c.change_date, c.created_at LIMIT 1),
  m.status) END`;

export interface MemberFigures {
  members: number;
  youthMembers: number;
  groupMembers: number;
  membersLapsed: number;
}

/**
 * Valid at the end: joined by then, 有效 on the last day, and not lapsed for dues in its year. Lapsed in the period:
 * set to 失效 with a date in it, or 有效 the day before it began and lapsed for dues on a 1 January within it (lapsed
 * in the last day's year, not yet in the year of the day before the first); each membership once.
 */
export function memberFigures(scope: ReportScope): MemberFigures {
  return scope.once('members', () => {
    const atEnd = duesUnpaidTwoYears(yearOf(scope.to));
    const before = duesUnpaidTwoYears(yearOf(scope.dayBefore));
    const [individual, youth, group, lapsed] = tupleRead<[number, number, number, number]>(
      `SELECT coalesce(sum(valid AND kind = 'individual'), 0), coalesce(sum(valid AND kind = 'youth'), 0),
         coalesce(sum(valid AND kind = 'group'), 0), coalesce(sum(lapsed), 0)
       FROM (SELECT m.kind,
           ${STATUS_ON} = 'active' AND NOT ${atEnd.sql} AS valid,
           EXISTS (SELECT 1 FROM member_status_changes c WHERE c.member_id = m.id AND c.voided = 0
             AND c.to_status = 'lapsed' AND c.change_date BETWEEN ? AND ?)
           OR (${STATUS_ON} = 'active' AND ${atEnd.sql} AND NOT ${before.sql}) AS lapsed
         FROM members m WHERE m.office_code = ? AND m.voided = 0 AND m.join_date <= ?)`,
    )
      .on(scope.ctx.store.sqlite)
      .get(
        ...[scope.to, ...atEnd.params],
        ...[scope.from, scope.to, scope.dayBefore, ...atEnd.params, ...before.params],
        ...[scope.office, scope.to],
      )!;
    return { members: individual + youth + group, youthMembers: youth, groupMembers: group, membersLapsed: lapsed };
  });
}
