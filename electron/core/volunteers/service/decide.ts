// An approver's decision on service records (审核): approved hours count, rejected ones do not; who decided and
// when are kept, and why for a rejection. Only pending records of this office are decided; a clerk voids a
// record entered by mistake, with a reason.
import { volunteerServiceRecords } from '@db/schema';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { updateRecords, voidRecords } from '../../records/bulk';
import { tupleRead, valueRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';
import { officeCodeOf } from '../../stock/office';
import type { ServiceDecision } from './contract';

const STATES = tupleRead<[id: string, status: string, voided: number]>(
  `SELECT id, status, voided FROM volunteer_service_records WHERE office_code = ? AND id IN (${IN_LIST})`,
);
const PENDING_OF_ACTIVITY = valueRead<string, [activityId: string]>(
  `SELECT id FROM volunteer_service_records WHERE activity_id = ? AND status = 'pending' AND voided = 0`,
);

/** Fails unless every id is a live record of this office (pending, when `pendingOnly`). */
function requireRecords(ctx: CoreContext, ids: readonly string[], pendingOnly: boolean): void {
  const read = STATES.on(ctx.store.sqlite);
  let found = 0;
  let notPending = 0;
  for (const batch of inListBatches(ids))
    for (const [, status, voided] of read.all(officeCodeOf(ctx), ...batch)) {
      if (voided === 1) continue;
      found++;
      if (status !== 'pending') notPending++;
    }
  if (found < new Set(ids).size) fail('SERVICE_RECORD_NOT_FOUND');
  if (pendingOnly && notPending > 0) fail('SERVICE_RECORD_NOT_PENDING', { count: notPending });
}

export function decideService(
  ctx: CoreContext,
  input: { ids?: string[]; activityId?: string; decision: 'approve' | 'reject'; reason?: string | null },
): ServiceDecision {
  const ids = input.ids ?? (input.activityId ? PENDING_OF_ACTIVITY.on(ctx.store.sqlite).all(input.activityId) : []);
  const reason = input.reason?.trim() || null;
  if (input.decision === 'reject' && !reason) fail('SERVICE_REJECT_REASON_REQUIRED');
  requireRecords(ctx, ids, true);
  const status = input.decision === 'approve' ? 'approved' : 'rejected';
  const at = nowIso(ctx);
  const set = { status, decidedBy: actorName(ctx), decidedAt: at, rejectReason: reason } as const;
  updateRecords(
    ctx,
    volunteerServiceRecords,
    ids.map((id) => ({ id, set })),
  );
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'volunteer_service_records',
    recordId: input.activityId ?? null,
    after: { status, records: ids.length, reason },
  });
  return { decided: ids.length, status };
}

export function voidService(ctx: CoreContext, ids: readonly string[], reason: string): { voided: number } {
  if (!reason.trim()) fail('VOID_REASON_REQUIRED');
  requireRecords(ctx, ids, false);
  voidRecords(ctx, volunteerServiceRecords, ids, reason.trim());
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'volunteer_service_records',
    after: { voided: ids.length, reason: reason.trim() },
  });
  return { voided: ids.length };
}
