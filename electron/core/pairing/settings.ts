// The office's pairing alert settings (household_settings, one live row per office, journalled like any record):
// months without a visit before a pairing is overdue, households a cadre may hold. The defaults until it sets them.
import { and, eq } from 'drizzle-orm';
import { householdSettings } from '@db/schema';
import { DEFAULT_CADRE_MAX_HOUSEHOLDS, DEFAULT_OVERDUE_MONTHS } from '@rules/households';
import type { CoreContext } from '../context';
import { insertRecord, updateRecord } from '../records/write';
import { officeCodeOf } from '../stock/office';
import type { PairingSettings } from './contract';

function settingsRow(ctx: CoreContext, officeCode: string) {
  return ctx.store.orm
    .select()
    .from(householdSettings)
    .where(and(eq(householdSettings.officeCode, officeCode), eq(householdSettings.voided, false)))
    .get();
}

export function pairingSettingsOf(ctx: CoreContext, officeCode: string): PairingSettings {
  const row = settingsRow(ctx, officeCode);
  return {
    overdueMonths: row?.overdueMonths ?? DEFAULT_OVERDUE_MONTHS,
    cadreMaxHouseholds: row?.cadreMaxHouseholds ?? DEFAULT_CADRE_MAX_HOUSEHOLDS,
  };
}

export function setPairingSettings(ctx: CoreContext, input: PairingSettings): PairingSettings {
  const officeCode = officeCodeOf(ctx);
  const row = settingsRow(ctx, officeCode);
  if (row) updateRecord(ctx, householdSettings, row.id, input);
  else insertRecord(ctx, householdSettings, officeCode, input);
  return pairingSettingsOf(ctx, officeCode);
}
