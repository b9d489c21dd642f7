// Service records another domain keeps in step with one of its own records (a rescue team's drill or call-out):
// one record per volunteer present, all naming one activity, changed and voided with their source and never
// entered a second time. The volunteer rules hold as on the entry screen: a new record only for a volunteer on the
// active roster, no day past 24 hours, a back-fill's reason. A record is approved at once when its author may
// approve service records; otherwise it waits for an approver - and so does a kept record whose hours change.
import { volunteerActivities, volunteerServiceRecords } from '@db/schema';
import { hasRole } from '@rules/roles';
import { isBackfill, type ServiceSource } from '@rules/volunteers';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { recordInserter, updateRecords, voidRecords } from '../../records/bulk';
import { timeOrderedIds } from '../../records/ids';
import { rowRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';
import { localToday, officeCodeOf } from '../../stock/office';
import { SERVICE_APPROVERS } from '../contract';
import { createActivity, updateActivity, type ActivityTimes } from './activities';
import type { ActivityInput } from './contract';
import { DayLedger } from './dayLedger';
import type { StoredDuration } from './duration';
import { activeNames, rosterStates, SERVICE_FIELDS } from './entry';

export interface LinkedService {
  volunteerId: string;
  /** The record kept for this volunteer so far (updated in place; left alone once voided), or null for a new one. */
  recordId: string | null;
  duration: StoredDuration;
}

export interface LinkedServiceInput {
  source: ServiceSource;
  /** The activity the records name, when one was made before; otherwise made with the first record. */
  activityId: string | null;
  activity: ActivityInput;
  times: ActivityTimes;
  services: readonly LinkedService[];
  /** Records no longer wanted (a volunteer taken off the drill): voided with `droppedReason`. */
  dropped: readonly string[];
  droppedReason: string;
  /** Required when a new record's date is more than 30 days ago (补录). */
  backfillReason?: string | null;
}

export interface LinkedServiceResult {
  activityId: string | null;
  /** Each service's record, in the order given. */
  recordIds: string[];
}

type StoredRecord = StoredDuration & { id: string; serviceDate: string; voided: number };
const RECORDS = rowRead<Omit<StoredRecord, 'endsNextDay'> & { endsNextDay: number }>(
  `SELECT id, service_date AS serviceDate, start_time AS startTime, end_time AS endTime,
     ends_next_day AS endsNextDay, half_hours AS halfHours, voided
   FROM volunteer_service_records WHERE office_code = ? AND id IN (${IN_LIST})`,
);

function storedRecords(ctx: CoreContext, officeCode: string, ids: readonly string[]): Map<string, StoredRecord> {
  const found = new Map<string, StoredRecord>();
  for (const batch of inListBatches(ids))
    for (const row of RECORDS.on(ctx.store.sqlite).all(officeCode, ...batch))
      found.set(row.id, { ...row, endsNextDay: row.endsNextDay === 1 });
  return found;
}

const sameService = (a: StoredRecord, date: string, d: StoredDuration) =>
  a.serviceDate === date &&
  a.startTime === d.startTime &&
  a.endTime === d.endTime &&
  a.endsNextDay === d.endsNextDay &&
  a.halfHours === d.halfHours;

/** Approved by the author when they may approve, else waiting for an approver. */
function decisionOf(ctx: CoreContext) {
  return ctx.actor !== null && hasRole(ctx.actor.roles, SERVICE_APPROVERS)
    ? { status: 'approved' as const, decidedBy: actorName(ctx), decidedAt: nowIso(ctx) }
    : { status: 'pending' as const, decidedBy: null, decidedAt: null };
}

/** No volunteer's day passes 24 hours with these services in place of their kept records. */
function refuseDayOver24(
  ctx: CoreContext,
  officeCode: string,
  date: string,
  services: readonly LinkedService[],
  replaced: ReadonlySet<string>,
): void {
  const ids = services.map((s) => s.volunteerId);
  const ledger = DayLedger.kept(ctx, ids, date, date, replaced);
  for (const { volunteerId, duration: d } of services) {
    const service = { start: d.startTime, end: d.endTime, endsNextDay: d.endsNextDay, halfHours: d.halfHours };
    if (!ledger.add(volunteerId, date, service))
      fail('SERVICE_DAY_OVER_24', {
        name: rosterStates(ctx, officeCode, [volunteerId]).get(volunteerId)?.name,
        date: ledger.overDay,
      });
  }
}

export function keepLinkedService(ctx: CoreContext, input: LinkedServiceInput): LinkedServiceResult {
  const officeCode = officeCodeOf(ctx);
  const date = input.activity.date;
  const stored = storedRecords(
    ctx,
    officeCode,
    input.services.flatMap((s) => (s.recordId ? [s.recordId] : [])),
  );
  const kept = input.services.filter((s) => s.recordId === null || stored.get(s.recordId)?.voided === 0);
  const fresh = kept.filter((s) => s.recordId === null);
  const changed = kept.filter((s) => s.recordId && !sameService(stored.get(s.recordId)!, date, s.duration));
  const today = localToday(ctx);
  if (kept.length > 0 && date > today) fail('SERVICE_DATE_FUTURE');
  const backfill = isBackfill(date, today);
  const backfillReason = backfill ? input.backfillReason?.trim() || null : null;
  if (fresh.length > 0 && backfill && !backfillReason) fail('SERVICE_BACKFILL_REASON_REQUIRED');
  activeNames(
    ctx,
    officeCode,
    fresh.map((s) => s.volunteerId),
  );
  refuseDayOver24(ctx, officeCode, date, kept, new Set(kept.flatMap((s) => (s.recordId ? [s.recordId] : []))));

  let activityId = input.activityId;
  if (activityId) updateActivity(ctx, activityId, input.activity, input.times);
  else if (fresh.length > 0) activityId = createActivity(ctx, officeCode, input.activity, input.times).id;
  const decision = decisionOf(ctx);
  updateRecords(
    ctx,
    volunteerServiceRecords,
    changed.map((s) => ({
      id: s.recordId!,
      set: { serviceDate: date, ...s.duration, ...decision, rejectReason: null },
    })),
  );
  const newIds = timeOrderedIds(fresh.length, ctx.now());
  if (fresh.length > 0) {
    const insert = recordInserter(ctx, volunteerServiceRecords, officeCode, SERVICE_FIELDS);
    fresh.forEach((s, n) =>
      insert(newIds[n]!, {
        volunteerId: s.volunteerId,
        activityId: activityId!,
        serviceDate: date,
        ...s.duration,
        ...decision,
        source: input.source,
        backfill,
        backfillReason,
      }),
    );
  }
  voidRecords(ctx, volunteerServiceRecords, input.dropped, input.droppedReason);
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'volunteer_service_records',
    recordId: activityId,
    after: {
      source: input.source,
      created: fresh.length,
      changed: changed.length,
      voided: input.dropped.length,
      status: decision.status,
    },
  });
  let next = 0;
  return { activityId, recordIds: input.services.map((s) => s.recordId ?? newIds[next++]!) };
}

/** The source was voided: its records and their activity are voided with it (those already voided stay so). */
export function voidLinkedService(
  ctx: CoreContext,
  activityId: string | null,
  recordIds: readonly string[],
  reason: string,
): void {
  voidRecords(ctx, volunteerServiceRecords, recordIds, reason);
  if (activityId) voidRecords(ctx, volunteerActivities, [activityId], reason);
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'volunteer_service_records',
    recordId: activityId,
    after: { voided: recordIds.length, reason },
  });
}
