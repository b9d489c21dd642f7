// A household's measures (帮扶措施, 一户一策): project, scale, funds in fen, period, and the result the household
// signed for. Added, edited, voided with a reason.
import { povertyMeasures } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../../records/write';
import { requireLiveHousehold } from '../guards';
import type { MeasureFields, PovertyFileDetail } from './contract';
import { MEASURE, povertyFileOf } from './reads';

function checkedMeasure(fields: MeasureFields) {
  const project = fields.project.trim();
  if (!project) fail('MEASURE_PROJECT_REQUIRED');
  const startDate = fields.startDate ?? null;
  const endDate = fields.endDate ?? null;
  if (startDate && endDate && endDate < startDate) fail('MEASURE_PERIOD_INVALID');
  return {
    kind: fields.kind ?? null,
    project,
    scale: fields.scale?.trim() || null,
    fundsFen: fields.fundsFen ?? null,
    startDate,
    endDate,
    result: fields.result?.trim() || null,
    acknowledged: fields.acknowledged ?? false,
    notes: fields.notes?.trim() || null,
  };
}

export function addMeasure(ctx: CoreContext, input: MeasureFields & { householdId: string }): PovertyFileDetail {
  const household = requireLiveHousehold(ctx, input.householdId);
  insertRecord(ctx, povertyMeasures, household.officeCode, { householdId: household.id, ...checkedMeasure(input) });
  return povertyFileOf(ctx, household.id);
}

function requireMeasure(ctx: CoreContext, id: string) {
  const measure = MEASURE.on(ctx.store.sqlite).get(id) ?? fail('MEASURE_NOT_FOUND', { id });
  requireOwnRecord(ctx, measure.officeCode);
  return measure;
}

export function updateMeasure(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: Partial<MeasureFields>,
): PovertyFileDetail {
  const current = requireMeasure(ctx, id);
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const merged = { ...current, acknowledged: current.acknowledged === 1, ...given } as MeasureFields;
  updateRecord(ctx, povertyMeasures, id, checkedMeasure(merged), rowVersion);
  return povertyFileOf(ctx, current.householdId);
}

export function voidMeasure(ctx: CoreContext, id: string, reason: string): PovertyFileDetail {
  const current = requireMeasure(ctx, id);
  voidRecord(ctx, povertyMeasures, id, reason);
  return povertyFileOf(ctx, current.householdId);
}
