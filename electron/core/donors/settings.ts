// Whether the 三献 register travels in this county's packages to the city: off until an administrator turns it on
// (one live row per office, journalled and audited like any record). While it is off the register's tables stay
// out of every package; turned on, the next package carries them whole (exchange/export/optIn.ts).
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { donorSettings } from '@db/schema';
import { officeOf } from '../accounts/officeRow';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { valueRead } from '../records/reads';
import { insertRecord, updateRecord } from '../records/write';
import type { DonorSettings } from './contract';

function settingsRow(ctx: CoreContext, officeCode: string) {
  return ctx.store.orm
    .select()
    .from(donorSettings)
    .where(and(eq(donorSettings.officeCode, officeCode), eq(donorSettings.voided, false)))
    .get();
}

export function donorSettingsOf(ctx: CoreContext): DonorSettings {
  const row = settingsRow(ctx, officeOf(ctx).code);
  return {
    travelsToCity: row?.travelsToCity ?? false,
    updatedAt: row?.updatedAt ?? null,
    updatedBy: row?.updatedBy ?? null,
  };
}

export function setDonorTravel(ctx: CoreContext, travelsToCity: boolean): DonorSettings {
  const office = officeOf(ctx);
  if (office.role !== 'county') fail('DONORS_SETTING_COUNTY_ONLY');
  const row = settingsRow(ctx, office.code);
  if (row) updateRecord(ctx, donorSettings, row.id, { travelsToCity });
  else insertRecord(ctx, donorSettings, office.code, { travelsToCity });
  return donorSettingsOf(ctx);
}

const TRAVELS = valueRead<number>(
  `SELECT travels_to_city FROM donor_settings WHERE voided = 0 AND office_code = (SELECT code FROM office)`,
);

/** Whether the register goes into packages now; read on the connection the package is written from. */
export function donorsTravel(sqlite: Database.Database): boolean {
  return TRAVELS.on(sqlite).get() === 1;
}
