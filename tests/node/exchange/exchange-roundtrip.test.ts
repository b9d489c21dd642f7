// The whole journey with two real database files: a county adds people and exports, the city verifies,
// previews and applies, writes a receipt, and the county's outbox shows the package acknowledged; then
// the county edits and voids, and the incremental package makes the city's copy match exactly.
import { describe, expect, it } from 'vitest';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { verifyPackage } from '@core/exchange/format';
import { importPackage, writeReceipt } from '@core/exchange/inbox';
import { loadKeyRing, trustLookup } from '@core/exchange/keys';
import { importReceipt } from '@core/exchange/outbox/receipt';
import { listOutbox } from '@core/exchange/outbox/store';
import { tempDir } from '../support';
import {
  addPeople,
  CITY_CODE,
  countyAndCity,
  editPerson,
  voidOne,
  type ExchangeOffice,
} from './exchange-export-support';

/** Every people column as the county holds it, for the rows the county owns. */
function peopleOf(office: ExchangeOffice, officeCode: string): Record<string, unknown>[] {
  return office.store.sqlite
    .prepare('SELECT * FROM people WHERE office_code = ? ORDER BY id')
    .all(officeCode) as Record<string, unknown>[];
}

async function cityRoundTrip(county: ExchangeOffice, city: ExchangeOffice, files: string[]) {
  const verified = await verifyPackage(files, { keys: loadKeyRing(city.ctx()), trust: trustLookup(city.store) });
  const preview = await importPackage(city.ctx(['clerk'], 'inbox.import'), files, { dryRun: true });
  const before = city.store.sqlite.prepare('SELECT count(*) FROM people').pluck().get();
  const applied = await importPackage(city.ctx(['clerk'], 'inbox.import'), files);
  const receipt = await writeReceipt(city.ctx(['clerk'], 'inbox.receipt'), {
    to: county.code,
    dir: tempDir('boai-receipt-'),
  });
  const received = await importReceipt(county.ctx(['clerk'], 'outbox.importReceipt'), [receipt.file]);
  return { verified, preview, before, applied, received };
}

describe('county -> city -> receipt -> county', () => {
  it('carries new people, then exactly the edits and voids, and the outbox follows the receipts', async () => {
    const { county, city } = countyAndCity();
    const ids = addPeople(county, 25);
    const usb = tempDir('boai-usb-');

    const first = await exportPackage(county.ctx(['clerk'], 'outbox.export'), { to: CITY_CODE, dir: usb });
    expect(listOutbox(county.ctx())[0]).toMatchObject({ seq: 1, status: 'sent' });
    const one = await cityRoundTrip(county, city, first.written);
    expect(one.verified.header).toMatchObject({ seq: 1, kind: 'delta', counts: { people: 25 } });
    expect(one.preview).toMatchObject({
      status: 'preview',
      summary: { people: { new: 25, updated: 0, voided: 0, conflicts: 0 } },
    });
    expect(one.before).toBe(0); // the preview wrote nothing
    expect(one.applied).toMatchObject({ status: 'applied', summary: { people: { new: 25 } } });
    expect(one.received).toMatchObject({
      lastContiguousSeq: 1,
      acknowledged: 1,
      held: 0,
      rejected: 0,
      alreadyImported: false,
    });
    expect(listOutbox(county.ctx())[0]).toMatchObject({ seq: 1, status: 'acknowledged' });
    expect(peopleOf(city, county.code)).toEqual(peopleOf(county, county.code));

    editPerson(county, ids[2]!, { mobile: '13951234567', village: '新河村' });
    editPerson(county, ids[2]!, { notes: '二次核实' });
    voidOne(county, ids[7]!, '已迁出');
    const second = await exportPackage(county.ctx(['clerk'], 'outbox.export'), { to: CITY_CODE, dir: usb });
    expect(second.entry).toMatchObject({ seq: 2, counts: { people: 2 } });
    const two = await cityRoundTrip(county, city, second.written);
    expect(two.preview.summary!.people).toEqual({ new: 0, updated: 1, unchanged: 0, voided: 1, conflicts: 0 });
    expect(two.applied.status).toBe('applied');
    expect(two.received).toMatchObject({ lastContiguousSeq: 2, acknowledged: 1 });
    expect(peopleOf(city, county.code)).toEqual(peopleOf(county, county.code));
    expect(listOutbox(county.ctx()).map((e) => [e.seq, e.status])).toEqual([
      [2, 'acknowledged'],
      [1, 'acknowledged'],
    ]);

    // The same package again changes nothing, and the receipt import again is reported, not repeated.
    expect(await importPackage(city.ctx(['clerk'], 'inbox.import'), second.written)).toMatchObject({
      status: 'already',
    });
    expect(peopleOf(city, county.code)).toEqual(peopleOf(county, county.code));
  });

  it('a package the city holds for a missing one shows as held with the missing number, then acknowledged', async () => {
    const { county, city } = countyAndCity();
    addPeople(county, 3);
    const first = await exportPackage(county.ctx(), { to: CITY_CODE });
    addPeople(county, 2, 31);
    const second = await exportPackage(county.ctx(), { to: CITY_CODE });

    expect(await importPackage(city.ctx(), second.written)).toMatchObject({ status: 'held', missing: [1] });
    const held = await writeReceipt(city.ctx(), { to: county.code, dir: tempDir() });
    expect(await importReceipt(county.ctx(), [held.file])).toMatchObject({
      lastContiguousSeq: 0,
      held: 1,
      acknowledged: 0,
    });
    expect(listOutbox(county.ctx()).find((e) => e.seq === 2)).toMatchObject({
      status: 'held',
      statusCode: 'PKG_SEQUENCE_GAP',
    });
    expect(listOutbox(county.ctx()).find((e) => e.seq === 2)!.missing).toEqual([1]);

    const applied = await importPackage(city.ctx(), first.written);
    expect(applied.released.map((r) => r.seq)).toEqual([2]);
    const all = await writeReceipt(city.ctx(), { to: county.code, dir: tempDir() });
    expect(await importReceipt(county.ctx(), [all.file])).toMatchObject({ lastContiguousSeq: 2, acknowledged: 2 });
    expect(
      listOutbox(county.ctx()).every(
        (e) => e.status === 'acknowledged' && e.statusCode === null && e.missing.length === 0,
      ),
    ).toBe(true);
    expect(peopleOf(city, county.code)).toEqual(peopleOf(county, county.code));
  });
});
