// The 三献 register stays out of the county's packages until an administrator turns it on (audited); then the next
// package carries it whole - records entered while it stayed home too - checked at the city like every table, where
// only 三献管理员 reads it. Turned off again, a snapshot without it does not make the city list its records as lost.
import { describe, expect, it } from 'vitest';
import type { DonorPage, DonorRegistrationRow, DonorStats } from '@core/donors/contract';
import { importPackage, listReview, writeReceipt } from '@core/exchange/inbox';
import { importReceipt } from '@core/exchange/outbox/receipt';
import { exchangeTables } from '@core/exchange/tables';
import { addGenerated, CITY, cityWith, COUNTY, exportTo, type Office } from '../exchange/exchange-apply-support';
import { tempDir } from '../support';

type Call = (method: string, input: unknown) => Promise<unknown>;
const value = async <T>(call: Call, method: string, input: unknown): Promise<T> => {
  const result = (await call(method, input)) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
};

const donorRows = (o: Office) =>
  o.store.sqlite.prepare('SELECT count(*) FROM donor_registrations').pluck().get() as number;

/** The city acknowledges what it applied; the county's next delta starts after it. */
async function acknowledge(city: Office, county: Office) {
  const receipt = await writeReceipt(city.ctx(['clerk'], 'inbox.writeReceipt'), { to: county.code, dir: tempDir() });
  await importReceipt(county.ctx(), [receipt.file]);
}

async function countyWithDonors() {
  const {
    city,
    counties: [county],
  } = cityWith(COUNTY);
  const people = addGenerated(county!, 3);
  const keeper = await county!.caller!(['donorAdmin']);
  const admin = await county!.caller!(['admin']);
  const registrations: DonorRegistrationRow[] = [];
  for (const personId of people.slice(0, 2))
    registrations.push(
      await value<DonorRegistrationRow>(keeper, 'donors.register', {
        personId,
        kind: 'blood',
        registrationDate: '2024-03-01',
      }),
    );
  return { city, county: county!, keeper, admin, registrations };
}

describe('the 三献 register in packages', () => {
  it('registers its tables after the people they point at, as opt-in tables', () => {
    const tables = exchangeTables();
    const names = tables.map((t) => t.name);
    expect(names.indexOf('people')).toBeLessThan(names.indexOf('donor_registrations'));
    expect(names.indexOf('donor_registrations')).toBeLessThan(names.indexOf('donor_donations'));
    expect(names).not.toContain('donor_settings');
    expect(tables.filter((t) => t.optIn).map((t) => t.name)).toEqual(['donor_registrations', 'donor_donations']);
  });

  it('leaves the register home while the setting is off: a package of donor changes alone is refused as empty', async () => {
    const { city, county, keeper } = await countyWithDonors();
    const outcome = await importPackage(city.ctx(), await exportTo(county, CITY));
    expect(outcome).toMatchObject({ status: 'applied', summary: { people: { new: 3 } } });
    expect(Object.keys((outcome as { summary: object }).summary)).not.toContain('donor_registrations');
    expect(donorRows(city)).toBe(0);
    await acknowledge(city, county);
    const [registration] = (await value<DonorPage>(keeper, 'donors.list', { offset: 0, limit: 10 })).rows;
    await value(keeper, 'donors.donations.add', {
      registrationId: registration!.id,
      donationDate: '2024-05-01',
      amountMl: 400,
    });
    await expect(exportTo(county, CITY)).rejects.toMatchObject({ code: 'EXPORT_NOTHING_NEW' });
  });

  it('sends it whole once an administrator turns it on, and the city shows it only to 三献管理员', async () => {
    const { city, county, keeper, admin, registrations } = await countyWithDonors();
    await importPackage(city.ctx(), await exportTo(county, CITY));
    await acknowledge(city, county);
    await value(keeper, 'donors.donations.add', {
      registrationId: registrations[0]!.id,
      donationDate: '2024-05-01',
      amountMl: 400,
    });
    expect(await value(admin, 'donors.settings.setTravel', { travelsToCity: true })).toMatchObject({
      travelsToCity: true,
    });
    const audit = county.store.sqlite
      .prepare(`SELECT table_name AS tableName, after FROM audit_log WHERE method = 'donors.settings.setTravel'`)
      .all();
    expect(audit).toEqual([{ tableName: 'donor_settings', after: JSON.stringify({ travelsToCity: true }) }]);

    expect(await importPackage(city.ctx(), await exportTo(county, CITY))).toMatchObject({
      status: 'applied',
      summary: { donor_registrations: { new: 2 }, donor_donations: { new: 1 } },
    });
    await acknowledge(city, county);
    // The next delta carries only what changed since.
    await value(keeper, 'donors.update', { id: registrations[1]!.id, rowVersion: 1, patch: { place: '献血屋' } });
    expect(await importPackage(city.ctx(), await exportTo(county, CITY))).toMatchObject({
      summary: { donor_registrations: { updated: 1, new: 0 } },
    });

    for (const roles of [['clerk'], ['viewer'], ['admin']] as const) {
      const call = await city.caller!([...roles]);
      expect(await call('donors.list', { officeCode: COUNTY, offset: 0, limit: 10 })).toMatchObject({ ok: false });
      expect(await value<DonorStats>(call, 'donors.stats', { officeCode: COUNTY })).toMatchObject({
        live: { blood: 2 },
        years: [{ year: 2024, kind: 'blood', registrations: 2, donations: 1, bloodMl: 400 }],
      });
    }
    const cityKeeper = await city.caller!(['donorAdmin']);
    const page = await value<DonorPage>(cityKeeper, 'donors.list', { officeCode: COUNTY, offset: 0, limit: 10 });
    expect(page.rows.map((r) => r.id).sort()).toEqual(registrations.map((r) => r.id).sort());
    expect(await cityKeeper('donors.void', { id: registrations[0]!.id, reason: '城市不能作废' })).toMatchObject({
      ok: false,
      error: { code: 'RECORD_READ_ONLY' },
    });
  });

  it('does not make the city list the register as lost when a snapshot leaves it home again', async () => {
    const { city, county, admin } = await countyWithDonors();
    await value(admin, 'donors.settings.setTravel', { travelsToCity: true });
    await importPackage(city.ctx(), await exportTo(county, CITY));
    expect(donorRows(city)).toBe(2);
    await value(admin, 'donors.settings.setTravel', { travelsToCity: false });
    const snapshot = await importPackage(city.ctx(), await exportTo(county, CITY, { snapshot: true }));
    expect(snapshot).toMatchObject({ status: 'applied', summary: { people: { unchanged: 3 } } });
    expect(listReview(city.ctx(), { status: 'open', offset: 0, limit: 10 }).rows).toEqual([]);
    expect(donorRows(city)).toBe(2);
  });

  it('is set by an administrator of a county only', async () => {
    const { city, county } = await countyWithDonors();
    const keeper = await county.caller!(['donorAdmin']);
    expect(await keeper('donors.settings.setTravel', { travelsToCity: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await value(keeper, 'donors.settings.get', {})).toMatchObject({ travelsToCity: false, updatedBy: null });
    const cityAdmin = await city.caller!(['admin']);
    expect(await cityAdmin('donors.settings.setTravel', { travelsToCity: true })).toMatchObject({
      ok: false,
      error: { code: 'DONORS_SETTING_COUNTY_ONLY' },
    });
  });
});
