// A stale package: after a county restored a backup and the city accepted the restored copy's snapshot, a
// genuine package from the county's pre-restore copy is refused as out of date (PKG_INCARNATION_STALE),
// recorded as stale and not as a fork - also when the same file comes again - and the stream runs on.
import { describe, expect, it } from 'vitest';
import { acceptSnapshot, importPackage } from '@core/exchange/inbox';
import {
  addGenerated,
  backupOf,
  CITY,
  cityWith,
  COUNTY,
  databaseDigest,
  exportTo,
  peopleOf,
  RECEIVED_LOG,
} from './exchange-apply-support';

describe('a package from a replaced incarnation', () => {
  it('is refused as out of date, twice, without stopping the county stream', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addGenerated(county!, 3);
    expect((await importPackage(city.ctx(), await exportTo(county!, CITY))).status).toBe('applied');
    const restoreLater = backupOf(county!, true);
    addGenerated(county!, 2, 9);
    const oldSecond = await exportTo(county!, CITY);
    expect((await importPackage(city.ctx(), oldSecond)).status).toBe('applied');
    addGenerated(county!, 2, 11);
    const straggler = await exportTo(county!, CITY); // the pre-restore copy's seq 3, not yet brought to the city

    const restored = restoreLater();
    addGenerated(restored, 1, 13);
    const snapshot = await importPackage(city.ctx(), await exportTo(restored, CITY, { snapshot: true }));
    expect(snapshot).toMatchObject({ status: 'forked', code: 'PKG_INCARNATION_CHANGED' });
    expect((await acceptSnapshot(city.ctx(['admin'], 'inbox.acceptSnapshot'), snapshot.packageId)).status).toBe(
      'applied',
    );

    for (let attempt = 0; attempt < 2; attempt++) {
      const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);
      const stale = await importPackage(city.ctx(), straggler);
      expect(stale).toMatchObject({ status: 'rejected', code: 'PKG_INCARNATION_STALE', seq: 3 });
      expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
      expect(
        city.store.sqlite
          .prepare('SELECT status, reason FROM inbox_packages WHERE package_id = ?')
          .get(stale.packageId),
      ).toEqual({ status: 'stale', reason: 'PKG_INCARNATION_STALE' });
    }
    expect(
      city.store.sqlite
        .prepare(
          `SELECT count(*) FROM inbox_packages WHERE status = 'forked' AND epoch =
      (SELECT epoch FROM inbox_streams WHERE sender_office_code = ?)`,
        )
        .pluck()
        .get(COUNTY),
    ).toBe(0);
    expect((await importPackage(city.ctx(), oldSecond)).status).toBe('already');

    const added = addGenerated(restored, 2, 17);
    const next = await importPackage(city.ctx(), await exportTo(restored, CITY));
    expect(next).toMatchObject({ status: 'applied', seq: 3 });
    expect(peopleOf(city, COUNTY).map((p) => p.id)).toEqual(expect.arrayContaining(added));
  });
});
