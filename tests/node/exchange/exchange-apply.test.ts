// City import: verify, preview (the same apply, rolled back), apply with the inbox record, idempotency,
// and what county edits and voids become in the city.
import { describe, expect, it } from 'vitest';
import { importPackage, verifyForCity } from '@core/exchange/inbox';
import {
  addGenerated,
  cityWith,
  COUNTY,
  CITY,
  databaseDigest,
  edit,
  exportTo,
  peopleOf,
  voidOne,
} from './exchange-apply-support';

describe('importPackage in the city', () => {
  it('verifies, previews without writing, applies once, and reports a second import as already imported', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const ids = addGenerated(county!, 5);
    const files = await exportTo(county!, CITY);

    const verified = await verifyForCity(city.ctx(), files);
    expect(verified).toMatchObject({ sender: COUNTY, seq: 1, kind: 'delta', counts: { people: 5 }, files: 1 });

    const before = databaseDigest(city.store.sqlite);
    const preview = await importPackage(city.ctx(), files, { dryRun: true });
    expect(preview).toMatchObject({
      status: 'preview',
      summary: { people: { new: 5, updated: 0, unchanged: 0, voided: 0, conflicts: 0 } },
    });
    expect(databaseDigest(city.store.sqlite)).toBe(before);

    const applied = await importPackage(city.ctx(), files);
    expect(applied).toMatchObject({ status: 'applied', code: null, summary: preview.summary });
    const cityPeople = peopleOf(city, COUNTY);
    expect(cityPeople.map((p) => p.id)).toEqual([...ids].sort());
    const countyRow = county!.store.sqlite.prepare('SELECT * FROM people WHERE id = ?').get(ids[0]);
    const cityRow = city.store.sqlite.prepare('SELECT * FROM people WHERE id = ?').get(ids[0]);
    expect(cityRow).toEqual(countyRow); // uuid, office code, authors, times, row_version, search keys: all as the county has them
    const journal = city.store.sqlite
      .prepare(`SELECT count(*) FROM change_journal WHERE table_name = 'people'`)
      .pluck()
      .get();
    expect(journal).toBe(5);
    expect(
      city.store.sqlite.prepare('SELECT last_seq FROM inbox_streams WHERE sender_office_code = ?').pluck().get(COUNTY),
    ).toBe(1);

    const after = databaseDigest(city.store.sqlite);
    const again = await importPackage(city.ctx(), files);
    expect(again).toMatchObject({ status: 'already', code: 'PKG_ALREADY_IMPORTED' });
    expect(databaseDigest(city.store.sqlite)).toBe(after);
  });

  it('reflects exactly the county edits and voids of an incremental package', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const ids = addGenerated(county!, 4);
    await importPackage(city.ctx(), await exportTo(county!, CITY));
    edit(county!, ids[0]!, { township: '洋北镇', notes: '搬迁' });
    voidOne(county!, ids[1]!);
    addGenerated(county!, 1, 99);

    const outcome = await importPackage(city.ctx(), await exportTo(county!, CITY));
    // No receipt went back yet, so the county sent everything since seq 0 again: the rest is unchanged.
    expect(outcome).toMatchObject({
      status: 'applied',
      seq: 2,
      summary: { people: { new: 1, updated: 1, voided: 1, unchanged: 2, conflicts: 0 } },
    });
    const cityRows = city.store.sqlite
      .prepare('SELECT id, township, notes, row_version, voided, void_reason FROM people ORDER BY id')
      .all();
    const countyRows = county!.store.sqlite
      .prepare('SELECT id, township, notes, row_version, voided, void_reason FROM people ORDER BY id')
      .all();
    expect(cityRows).toEqual(countyRows);
    const ops = city.store.sqlite
      .prepare(`SELECT operation, count(*) AS n FROM change_journal GROUP BY operation ORDER BY operation`)
      .all();
    expect(ops).toEqual([
      { operation: 'insert', n: 5 },
      { operation: 'update', n: 1 },
      { operation: 'void', n: 1 },
    ]);
  });

  it('refuses any package in a county database: a county only imports receipts', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addGenerated(county!, 2);
    const files = await exportTo(county!, CITY);
    await expect(importPackage(county!.ctx(), files)).rejects.toMatchObject({ code: 'PKG_NOT_FOR_THIS_ROLE' });
    expect(await importPackage(city.ctx(), files, { dryRun: true })).toMatchObject({ status: 'preview' });
  });
});
