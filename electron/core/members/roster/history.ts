// A member's status history: each change, oldest first (a transfer and a return among them).
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import type { MemberStatusChange } from './contract';

const HISTORY = rowRead<MemberStatusChange, [memberId: string]>(
  `SELECT id, from_status AS fromStatus, to_status AS toStatus, change_date AS changeDate, reason,
     transfer_to AS transferTo, created_by AS createdBy, created_at AS createdAt
   FROM member_status_changes WHERE member_id = ? AND voided = 0 ORDER BY change_date, created_at`,
);

export function memberHistory(ctx: CoreContext, memberId: string): MemberStatusChange[] {
  return HISTORY.on(ctx.store.sqlite).all(memberId);
}
