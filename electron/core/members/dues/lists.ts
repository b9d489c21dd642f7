// The office's figures from the dues: the members about to lapse (to call) and `members stats`.
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead, tupleRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import type { MemberStats } from '../roster/contract';
import { aboutToLapse, currentYear, lapsedForDues, shownStatus } from '../standing';
import type { CallList, MemberToCall } from './contract';

function officeToRead(ctx: CoreContext, requested?: string): string {
  const officeCode = readOfficeOf(ctx, requested);
  return officeCode === 'all' ? fail('FORBIDDEN') : officeCode;
}

/**
 * The list to call, by name: live members recorded 有效 whose dues of last year are unpaid and who have not lapsed
 * yet, or the lapsed (recorded 失效, or both years before this one unpaid).
 */
export function membersToCall(
  ctx: CoreContext,
  query: { officeCode?: string; list?: CallList; limit?: number },
): MemberToCall[] {
  const year = currentYear(ctx);
  const soon = query.list === 'lapsed' ? shownStatus('lapsed', year) : aboutToLapse(year);
  return rowRead<MemberToCall>(
    `SELECT m.id, m.kind, m.card_number AS cardNumber, coalesce(p.name, m.unit_name) AS name,
       coalesce(p.mobile, m.contact_phone) AS mobile, m.school, m.class_name AS className,
       (SELECT max(year) FROM member_dues d WHERE d.member_id = m.id AND d.voided = 0) AS lastPaidYear
     FROM members m LEFT JOIN people p ON p.id = m.person_id
     WHERE m.office_code = ? AND m.voided = 0 AND ${soon.sql}
     ORDER BY coalesce(p.pinyin_full, m.unit_pinyin_full), m.rowid LIMIT ?`,
  )
    .on(ctx.store.sqlite)
    .all(officeToRead(ctx, query.officeCode), ...soon.params, query.limit ?? 10_000);
}

/** Live members, by kind, and those lapsed (失效 recorded, or for dues); 退会 and 转出 are not members. */
export function memberStats(ctx: CoreContext, query: { officeCode?: string } = {}): MemberStats {
  const lapsed = lapsedForDues(currentYear(ctx));
  const [individual, youth, group, lapsedCount] = tupleRead<[number, number, number, number]>(
    `SELECT coalesce(sum(kind = 'individual'), 0), coalesce(sum(kind = 'youth'), 0), coalesce(sum(kind = 'group'), 0),
       coalesce(sum(status = 'lapsed' OR ${lapsed.sql}), 0)
     FROM members m WHERE m.office_code = ? AND m.voided = 0 AND m.status IN ('active', 'lapsed')`,
  )
    .on(ctx.store.sqlite)
    .get(...lapsed.params, officeToRead(ctx, query.officeCode))!;
  return { members: individual + youth + group, byKind: { individual, youth, group }, lapsed: lapsedCount };
}
