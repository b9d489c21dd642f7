// The office's member settings: the dues caps, the rules' defaults until an office sets its own. One live row per
// office; a change is an update of it, journalled like any record.
import { and, eq } from 'drizzle-orm';
import { memberSettings } from '@db/schema';
import { DEFAULT_DUES_CAPS, type DuesCaps } from '@rules/members';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { insertRecord, updateRecord } from '../records/write';
import { officeCodeOf } from '../stock/office';

function settingsRow(ctx: CoreContext, officeCode: string) {
  return ctx.store.orm
    .select()
    .from(memberSettings)
    .where(and(eq(memberSettings.officeCode, officeCode), eq(memberSettings.voided, false)))
    .get();
}

const positive = (fen: unknown) => Number.isSafeInteger(fen) && (fen as number) > 0;

/** Caps in whole fen above zero, and bands of rising headcounts. */
export function validDuesCaps(caps: DuesCaps): boolean {
  const bands = caps.groupBands;
  return (
    positive(caps.individualFen) &&
    positive(caps.youthFen) &&
    positive(caps.groupTopFen) &&
    bands.length <= 20 &&
    bands.every((b, n) => positive(b.capFen) && positive(b.below) && (n === 0 || b.below > bands[n - 1]!.below))
  );
}

export function duesCaps(ctx: CoreContext, officeCode: string): DuesCaps {
  const stored = settingsRow(ctx, officeCode)?.duesCaps;
  const parsed = stored ? (JSON.parse(stored) as DuesCaps) : null;
  return parsed && validDuesCaps(parsed) ? parsed : DEFAULT_DUES_CAPS;
}

export function setDuesCaps(ctx: CoreContext, caps: DuesCaps): DuesCaps {
  if (!validDuesCaps(caps)) fail('DUES_CAPS_INVALID');
  const officeCode = officeCodeOf(ctx);
  const row = settingsRow(ctx, officeCode);
  const text = JSON.stringify(caps);
  if (row) updateRecord(ctx, memberSettings, row.id, { duesCaps: text });
  else insertRecord(ctx, memberSettings, officeCode, { duesCaps: text });
  return duesCaps(ctx, officeCode);
}
