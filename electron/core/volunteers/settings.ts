// The office's volunteer settings: the star thresholds (hours for one to five stars), defaults until an office
// sets its own. One live row per office; a change is an update of it, journalled like any record.
import { and, eq } from 'drizzle-orm';
import { volunteerSettings } from '@db/schema';
import { checkStarThresholds, DEFAULT_STAR_THRESHOLDS } from '@rules/volunteers';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { insertRecord, updateRecord } from '../records/write';
import { officeCodeOf } from '../stock/office';

function settingsRow(ctx: CoreContext, officeCode: string) {
  return ctx.store.orm
    .select()
    .from(volunteerSettings)
    .where(and(eq(volunteerSettings.officeCode, officeCode), eq(volunteerSettings.voided, false)))
    .get();
}

/** The office's thresholds in hours, rising: five numbers. */
export function starThresholds(ctx: CoreContext, officeCode: string): number[] {
  const stored = settingsRow(ctx, officeCode)?.starThresholds;
  const parsed = stored ? (JSON.parse(stored) as number[]) : null;
  return parsed && checkStarThresholds(parsed) ? parsed : [...DEFAULT_STAR_THRESHOLDS];
}

export function setStarThresholds(ctx: CoreContext, thresholds: readonly number[]): number[] {
  if (!checkStarThresholds(thresholds)) fail('VOLUNTEER_STAR_THRESHOLDS_INVALID');
  const officeCode = officeCodeOf(ctx);
  const row = settingsRow(ctx, officeCode);
  const starThresholdsText = JSON.stringify(thresholds);
  if (row) updateRecord(ctx, volunteerSettings, row.id, { starThresholds: starThresholdsText });
  else insertRecord(ctx, volunteerSettings, officeCode, { starThresholds: starThresholdsText });
  return starThresholds(ctx, officeCode);
}
