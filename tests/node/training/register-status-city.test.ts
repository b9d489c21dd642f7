// 已换证 is derived where the certificates are, never stored on the old card: a county's certificate that reached
// the city in one package shows as superseded there once the renewal arrives in the next, as it does in the
// county, and the old card's row at the city is still the one the first package brought.
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { importPackage } from '@core/exchange/inbox';
import { officesHolding } from '@core/records/offices';
import { valueRead } from '@core/records/reads';
import { seedTrainingDefaults } from '@core/training/kinds/defaults';
import { issueOne } from '@core/training/register/issue';
import { certifiedKinds, listCertificates, readCertificateRows } from '@core/training/register/query';
import { addMonths } from '@rules/training/certificateDates';
import { addGenerated, cityWith, CITY, COUNTY, exportTo, type Office } from '../exchange/exchange-apply-support';

const KIND_ID = valueRead<string>('SELECT id FROM training_kinds WHERE code = ?');

const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

function issue(county: Office, personId: string, kind: string, issueDate: string): string {
  const ctx: CoreContext = county.ctx(['trainer'], 'training.certificates.issue');
  const kindId = KIND_ID.on(county.store.sqlite).get(kind)!;
  return county.store.sqlite.transaction(() => issueOne(ctx, { personId, kindId, issueDate }))().certificateIds[0]!;
}

const statusesAt = (o: Office, ids: string[]) =>
  Object.fromEntries(
    readCertificateRows(
      o.ctx(['clerk']),
      { sql: `WHERE c.id IN (${ids.map(() => '?').join(', ')})`, params: ids },
      '',
    ).map((r) => [r.id, r.status]),
  );

const storedRow = (o: Office, id: string) =>
  o.store.sqlite.prepare('SELECT * FROM training_certificates WHERE id = ?').get(id);

describe('certificate status at the city', () => {
  it('shows a county certificate renewed in a later package as superseded, its row untouched', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    county!.store.sqlite.transaction(() => seedTrainingDefaults(county!.ctx(['admin'], 'setup'), COUNTY))();
    const [holder] = addGenerated(county!, 1);
    const old = issue(county!, holder!, 'rescuer', addMonths(today, -40));
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });
    expect(statusesAt(city, [old])).toEqual({ [old]: 'EXPIRED' });
    const arrived = storedRow(city, old);

    const renewal = issue(county!, holder!, 'rescuer-renewal', addMonths(today, -1));
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });

    const expected = { [old]: 'SUPERSEDED', [renewal]: 'VALID' };
    expect(statusesAt(county!, [old, renewal])).toEqual(expected);
    expect(statusesAt(city, [old, renewal])).toEqual(expected);
    expect(storedRow(city, old)).toEqual(arrived);
  });

  it('lets the city read one county’s register at a time, with that county’s kinds', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    county!.store.sqlite.transaction(() => seedTrainingDefaults(county!.ctx(['admin'], 'setup'), COUNTY))();
    const [a, b] = addGenerated(county!, 2);
    issue(county!, a!, 'rescuer', addMonths(today, -2));
    issue(county!, b!, 'primary', addMonths(today, -3));
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });

    const reader = city.ctx(['viewer']);
    expect(officesHolding(reader, 'training_certificates').map((o) => [o.code, o.own])).toEqual([[COUNTY, false]]);
    expect(listCertificates(reader, { offset: 0, limit: 50 })).toEqual({ rows: [], total: 0 });
    const page = listCertificates(reader, { officeCode: COUNTY, offset: 0, limit: 50, status: 'VALID' });
    expect(page.total).toBe(2);
    for (const row of page.rows) expect(row.idNumber).toMatch(/^\d{6}\*{8}/);
    expect(certifiedKinds(reader, COUNTY).map((k) => k.name)).toEqual(
      certifiedKinds(county!.ctx(['clerk'])).map((k) => k.name),
    );
  });
});
