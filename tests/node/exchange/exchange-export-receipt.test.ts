// Receipts on the county: statuses follow the newest receipt, an older one can only confirm, a replay is
// reported, and a receipt that is not ours or a package that is not a receipt is refused.
import { describe, expect, it } from 'vitest';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { importReceipt } from '@core/exchange/outbox/receipt';
import { listOutbox } from '@core/exchange/outbox/store';
import { sendReceipt, writeReceipt } from './exchange-export-receipts';
import { addPeople, CITY_CODE, countyAndCity, type ExchangeOffice } from './exchange-export-support';

async function threePackages(county: ExchangeOffice) {
  const sent = [];
  for (let i = 0; i < 3; i++) {
    addPeople(county, 1, 100 + i);
    sent.push((await exportPackage(county.ctx(), { to: CITY_CODE })).entry);
  }
  return sent;
}

function hashOf(county: ExchangeOffice, seq: number): string {
  return county.store.sqlite
    .prepare('SELECT package_hash FROM outbox_packages WHERE seq = ?')
    .pluck()
    .get(seq) as string;
}

function statuses(county: ExchangeOffice) {
  return Object.fromEntries(listOutbox(county.ctx()).map((e) => [e.seq, [e.status, e.statusCode]]));
}

describe('importReceipt', () => {
  it("acknowledges up to the last contiguous seq, marks held and rejected with the city's reasons", async () => {
    const { county, city } = countyAndCity();
    const [p1, , p3] = await threePackages(county);
    const result = await sendReceipt(city, county, {
      lastContiguousSeq: 1,
      lastPackageHash: hashOf(county, 1),
      held: [
        { seq: 3, packageId: p3!.packageId, packageHash: hashOf(county, 3), reason: '缺少前面的数据包', missing: [2] },
      ],
      rejected: [
        {
          seq: 2,
          packageId: listOutbox(county.ctx()).find((e) => e.seq === 2)!.packageId,
          packageHash: hashOf(county, 2),
          code: 'PKG_RECORD_INVALID',
          reason: '记录无法读取',
        },
      ],
    });
    expect(result).toMatchObject({ acknowledged: 1, held: 1, rejected: 1, lastContiguousSeq: 1 });
    expect(statuses(county)).toEqual({
      1: ['acknowledged', null],
      2: ['rejected', 'PKG_RECORD_INVALID'],
      3: ['held', 'PKG_SEQUENCE_GAP'],
    });
    expect(listOutbox(county.ctx()).find((e) => e.seq === 3)).toMatchObject({
      statusReason: '缺少前面的数据包',
      missing: [2],
    });
    expect(p1!.status).toBe('sent');
    // The acknowledged package's outbox files are gone; the others stay, to be written again if asked.
    const present = Object.fromEntries(listOutbox(county.ctx()).map((e) => [e.seq, e.filesPresent]));
    expect(present).toEqual({ 1: false, 2: true, 3: true });
  });

  it("takes the city's word only for its own packages: a hash at the last seq that is not ours acknowledges nothing by range", async () => {
    const { county, city } = countyAndCity();
    await threePackages(county);
    const result = await sendReceipt(city, county, {
      lastContiguousSeq: 3,
      lastPackageHash: 'f'.repeat(64),
      applied: [
        { seq: 1, packageId: 'x', packageHash: hashOf(county, 1), appliedAt: new Date().toISOString(), counts: {} },
      ],
    });
    expect(result.acknowledged).toBe(1);
    expect(statuses(county)).toMatchObject({ 1: ['acknowledged', null], 2: ['sent', null], 3: ['sent', null] });
  });

  it('a late older receipt confirms but never undoes; the same receipt twice is reported as already imported', async () => {
    const { county, city } = countyAndCity();
    const [, p2] = await threePackages(county);
    const newer = await writeReceipt(city, county, { lastContiguousSeq: 3, lastPackageHash: hashOf(county, 3) }, 2);
    const older = await writeReceipt(
      city,
      county,
      {
        lastContiguousSeq: 1,
        lastPackageHash: hashOf(county, 1),
        held: [{ seq: 2, packageId: p2!.packageId, packageHash: hashOf(county, 2), reason: 'gap', missing: [1] }],
      },
      1,
    );
    expect(await importReceipt(county.ctx(), newer)).toMatchObject({ acknowledged: 3 });
    expect(await importReceipt(county.ctx(), older)).toMatchObject({
      acknowledged: 0,
      held: 0,
      alreadyImported: false,
    });
    expect(Object.values(statuses(county)).every(([s]) => s === 'acknowledged')).toBe(true);
    expect(await importReceipt(county.ctx(), newer)).toMatchObject({ alreadyImported: true, acknowledged: 0 });
    const audit = county.store.sqlite
      .prepare(`SELECT count(*) FROM audit_log WHERE table_name = 'outbox_receipts'`)
      .pluck()
      .get();
    expect(audit).toBe(2);
  });

  it('refuses a county package on the county, a receipt for another county, and a receipt body it cannot read', async () => {
    const { county, city } = countyAndCity();
    addPeople(county, 1);
    const { written } = await exportPackage(county.ctx(), { to: CITY_CODE });
    // Our own package is sealed for the city: the county cannot even open it.
    await expect(importReceipt(county.ctx(), written)).rejects.toMatchObject({ code: expect.stringMatching(/^PKG_/) });
    await expect(sendReceipt(city, county, { county: '321399' })).rejects.toMatchObject({
      code: 'PKG_WRONG_RECIPIENT',
    });
    await expect(sendReceipt(city, county, { lastContiguousSeq: -1 })).rejects.toMatchObject({
      code: 'RECEIPT_INVALID',
    });
    await expect(importReceipt(city.ctx(), await writeReceipt(city, county, {}))).rejects.toMatchObject({
      code: 'PKG_NOT_FOR_THIS_ROLE',
    });
    expect(statuses(county)).toEqual({ 1: ['sent', null] });
  });
});
