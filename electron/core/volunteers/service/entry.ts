// 录入服务时长: one activity's hours for many volunteers in one call - the same times for all, a few with their
// own. Every volunteer must be on the active roster; no volunteer's day may pass 24 hours; a service more than
// 30 days ago is a back-fill and needs a reason. The records are pending until an approver decides.
import { volunteerServiceRecords } from '@db/schema';
import { isBackfill } from '@rules/volunteers';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { recordInserter } from '../../records/bulk';
import { timeOrderedIds } from '../../records/ids';
import { tupleRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';
import { localToday, officeCodeOf } from '../../stock/office';
import { createActivity, findActivity } from './activities';
import type { ServiceDuration, ServiceEntryInput, ServiceEntryResult } from './contract';
import { DayLedger } from './dayLedger';
import { readDuration, type StoredDuration } from './duration';

const ROSTER = tupleRead<[id: string, name: string, status: string, voided: number]>(
  `SELECT v.id, p.name, v.status, v.voided FROM volunteers v JOIN people p ON p.id = v.person_id
   WHERE v.office_code = ? AND v.id IN (${IN_LIST})`,
);

export const SERVICE_FIELDS = [
  'volunteerId',
  'activityId',
  'serviceDate',
  'startTime',
  'endTime',
  'endsNextDay',
  'halfHours',
  'status',
  'source',
  'backfill',
  'backfillReason',
  'decidedBy',
  'decidedAt',
] as const;

function durationOf(duration: ServiceDuration): StoredDuration {
  const read = readDuration(duration);
  return read.ok ? read.duration : fail(read.code);
}

/** Each volunteer of the office among `ids`: their name and whether they are on the active roster (在册, live). */
export function rosterStates(
  ctx: CoreContext,
  officeCode: string,
  ids: readonly string[],
): Map<string, { name: string; active: boolean }> {
  const read = ROSTER.on(ctx.store.sqlite);
  const states = new Map<string, { name: string; active: boolean }>();
  for (const batch of inListBatches(ids))
    for (const [id, name, status, voided] of read.all(officeCode, ...batch))
      states.set(id, { name, active: status === 'active' && voided === 0 });
  return states;
}

/** The names of the volunteers, or SERVICE_VOLUNTEER_NOT_ACTIVE naming those off the active roster. */
export function activeNames(ctx: CoreContext, officeCode: string, ids: readonly string[]): Map<string, string> {
  const states = rosterStates(ctx, officeCode, ids);
  const names = new Map<string, string>();
  const inactive: string[] = [];
  for (const [id, state] of states) {
    if (state.active) names.set(id, state.name);
    else inactive.push(state.name);
  }
  const unknown = ids.filter((id) => !states.has(id)).length;
  if (inactive.length > 0 || unknown > 0) fail('SERVICE_VOLUNTEER_NOT_ACTIVE', { names: inactive.join('、'), unknown });
  return names;
}

export function enterServiceHours(ctx: CoreContext, input: ServiceEntryInput): ServiceEntryResult {
  const officeCode = officeCodeOf(ctx);
  const ids = input.volunteerIds;
  if (new Set(ids).size !== ids.length) fail('SERVICE_VOLUNTEER_REPEATED');
  const shared = durationOf(input.duration);
  const own = new Map((input.overrides ?? []).map((o) => [o.volunteerId, durationOf(o)]));
  const date = input.activityId ? findActivity(ctx, input.activityId).date : input.activity?.date;
  if (!date) fail('SERVICE_ACTIVITY_REQUIRED');
  const today = localToday(ctx);
  if (date > today) fail('SERVICE_DATE_FUTURE');
  const backfill = isBackfill(date, today);
  const backfillReason = backfill ? input.backfillReason?.trim() || null : null;
  if (backfill && !backfillReason) fail('SERVICE_BACKFILL_REASON_REQUIRED');
  const names = activeNames(ctx, officeCode, ids);

  const ledger = DayLedger.kept(ctx, ids, date, date);
  for (const id of ids) {
    const d = own.get(id) ?? shared;
    if (
      !ledger.add(id, date, { start: d.startTime, end: d.endTime, endsNextDay: d.endsNextDay, halfHours: d.halfHours })
    )
      fail('SERVICE_DAY_OVER_24', { name: names.get(id), date: ledger.overDay });
  }

  const activity = input.activityId
    ? findActivity(ctx, input.activityId)
    : createActivity(ctx, officeCode, input.activity!, shared);
  const insert = recordInserter(ctx, volunteerServiceRecords, officeCode, SERVICE_FIELDS);
  const recordIds = timeOrderedIds(ids.length, ctx.now());
  let halfHours = 0;
  ids.forEach((volunteerId, n) => {
    const d = own.get(volunteerId) ?? shared;
    halfHours += d.halfHours;
    insert(recordIds[n]!, {
      volunteerId,
      activityId: activity.id,
      serviceDate: date,
      ...d,
      status: 'pending',
      source: 'entry',
      backfill,
      backfillReason,
      decidedBy: null,
      decidedAt: null,
    });
  });
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'volunteer_service_records',
    recordId: activity.id,
    after: { activity: activity.name, date, volunteers: ids.length, halfHours, backfill },
  });
  return { activity: findActivity(ctx, activity.id), created: ids.length, halfHours, backfill, recordIds };
}
