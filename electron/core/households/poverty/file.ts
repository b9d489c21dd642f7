// A household's poverty file: read whole (file, status history, incomes, measures), its facts kept (the status
// set once, when first kept), its status changed with the history kept, and an income per year.
import { and, eq } from 'drizzle-orm';
import { householdIncomes, povertyFiles, povertyStatusChanges } from '@db/schema';
import { checkPovertyStatus, type MonitoringCategory, type PovertyStatus } from '@rules/households';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecord, updateRecord, voidRecord } from '../../records/write';
import { requireLiveHousehold } from '../guards';
import type { PovertyFileDetail, PovertyFileInput, PovertyStatusInput } from './contract';
import { FILE, povertyFileOf } from './reads';

function requireStatus(status: PovertyStatus, category: MonitoringCategory | null): void {
  const checked = checkPovertyStatus(status, category);
  if (!checked.ok) fail(checked.code);
}

export function savePovertyFile(ctx: CoreContext, input: PovertyFileInput): PovertyFileDetail {
  const household = requireLiveHousehold(ctx, input.householdId);
  if (input.secondaryCause && input.secondaryCause === input.mainCause) fail('POVERTY_SECONDARY_CAUSE_SAME');
  const facts = {
    mainCause: input.mainCause,
    secondaryCause: input.secondaryCause ?? null,
    identifiedDate: input.identifiedDate ?? null,
    landAreaHundredthsMu: input.landAreaHundredthsMu ?? null,
    housingAreaHundredthsM2: input.housingAreaHundredthsM2 ?? null,
    housingSafetyGrade: input.housingSafetyGrade ?? null,
    notes: input.notes?.trim() || null,
  };
  const stored = FILE.on(ctx.store.sqlite).get(household.id);
  if (stored) {
    updateRecord(ctx, povertyFiles, stored.id, facts, input.rowVersion);
  } else {
    const status = input.status ?? 'assisted';
    const monitoringCategory = input.monitoringCategory ?? null;
    requireStatus(status, monitoringCategory);
    insertRecord(ctx, povertyFiles, household.officeCode, {
      householdId: household.id,
      ...facts,
      status,
      monitoringCategory,
      statusDate: input.statusDate ?? input.identifiedDate ?? null,
    });
  }
  return povertyFileOf(ctx, household.id);
}

export function changePovertyStatus(ctx: CoreContext, input: PovertyStatusInput): PovertyFileDetail {
  const household = requireLiveHousehold(ctx, input.householdId);
  const file = FILE.on(ctx.store.sqlite).get(household.id) ?? fail('POVERTY_FILE_NOT_FOUND');
  const category = input.monitoringCategory ?? null;
  requireStatus(input.status, category);
  if (input.status === file.status && category === file.monitoringCategory) fail('POVERTY_STATUS_UNCHANGED');
  insertRecord(ctx, povertyStatusChanges, household.officeCode, {
    householdId: household.id,
    fromStatus: file.status,
    fromCategory: file.monitoringCategory,
    toStatus: input.status,
    toCategory: category,
    changeDate: input.date,
    reason: input.reason?.trim() || null,
  });
  updateRecord(
    ctx,
    povertyFiles,
    file.id,
    { status: input.status, monitoringCategory: category, statusDate: input.date },
    input.rowVersion,
  );
  return povertyFileOf(ctx, household.id);
}

/** The year's income set (a second figure for the year replaces the first) or, given null, taken away. */
export function saveIncome(
  ctx: CoreContext,
  input: { householdId: string; year: number; incomeFen: number | null },
): PovertyFileDetail {
  const household = requireLiveHousehold(ctx, input.householdId);
  const stored = ctx.store.orm
    .select({ id: householdIncomes.id })
    .from(householdIncomes)
    .where(
      and(
        eq(householdIncomes.householdId, household.id),
        eq(householdIncomes.year, input.year),
        eq(householdIncomes.voided, false),
      ),
    )
    .get();
  if (input.incomeFen === null) {
    if (stored) voidRecord(ctx, householdIncomes, stored.id, `清除 ${input.year} 年收入`);
  } else if (stored) updateRecord(ctx, householdIncomes, stored.id, { incomeFen: input.incomeFen });
  else
    insertRecord(ctx, householdIncomes, household.officeCode, {
      householdId: household.id,
      year: input.year,
      incomeFen: input.incomeFen,
    });
  return povertyFileOf(ctx, household.id);
}
