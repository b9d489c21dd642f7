// A county's first package: once a batch of a table finds none of its records stored, the next batches insert
// without looking their ids up first (apply.ts, insertFirst). What the lookup would have found must still
// decide: a record of another office, an ID number live elsewhere, a record repeated in the package.
import { describe, expect, it } from 'vitest';
import { importPackage, listReview } from '@core/exchange/inbox';
import { generatePeople } from '../../fixtures/people';
import {
  addPeople,
  cityWith,
  COUNTY,
  CITY,
  craftPackage,
  exportTo,
  OTHER_COUNTY,
  recordsOf,
} from './exchange-apply-support';

describe('a package of new records after the first batch', () => {
  it('still reviews a record of another office, an ID number live elsewhere, and applies a repeat once', async () => {
    const {
      city,
      counties: [a, b],
    } = cityWith(COUNTY, OTHER_COUNTY);
    const [taken, shared] = addPeople(a!, generatePeople(2, 5));
    await importPackage(city.ctx(), await exportTo(a!, CITY));

    addPeople(b!, generatePeople(600, 21)); // several inflated pieces, so several batches
    const fresh = recordsOf(b!);
    const [ofA, sharedOfA] = [taken, shared].map((id) => recordsOf(a!, 'id = ?', [id])[0]!);
    const stolen = { ...ofA!, officeCode: OTHER_COUNTY }; // another office's id, its own ID number
    const [extra] = addPeople(b!, [
      { ...generatePeople(1, 9)[0]!, idNumber: sharedOfA!.fields['id_number'] as string },
    ]);
    const sameIdNumber = recordsOf(b!, 'id = ?', [extra])[0]!;
    const repeated = fresh[10]!;
    const newer = { ...fresh[20]!, rowVersion: 2, fields: { ...fresh[20]!.fields, notes: '第二版' } };
    const records = [...fresh, stolen, sameIdNumber, repeated, newer];

    const outcome = await importPackage(city.ctx(), await craftPackage(b!, city, { seq: 1, records }));

    expect(outcome).toMatchObject({
      status: 'applied',
      summary: { people: { new: 600, updated: 1, unchanged: 1, conflicts: 2, voided: 0 } },
    });
    const reviewed = listReview(city.ctx(), { offset: 0, limit: 10 }).rows;
    expect(reviewed.map((r) => [r.recordId, r.reason]).sort()).toEqual(
      [
        [taken, 'RECORD_OF_OTHER_OFFICE'],
        [extra, 'ID_NUMBER_IN_OTHER_OFFICE'],
      ].sort(),
    );
    const sqlite = city.store.sqlite;
    expect(sqlite.prepare('SELECT office_code FROM people WHERE id = ?').pluck().get(taken)).toBe(COUNTY);
    expect(sqlite.prepare('SELECT row_version, notes FROM people WHERE id = ?').get(newer.id)).toEqual({
      row_version: 2,
      notes: '第二版',
    });
    expect(sqlite.prepare('SELECT count(*) FROM people WHERE office_code = ?').pluck().get(OTHER_COUNTY)).toBe(600);
    // one journal row per write: 600 inserts and one update, none for what was reviewed or unchanged
    const journal = sqlite.prepare(
      `SELECT operation, count(*) AS n FROM change_journal WHERE record_id IN (SELECT id FROM people WHERE office_code = ?)
      GROUP BY operation ORDER BY operation`,
    );
    expect(journal.all(OTHER_COUNTY)).toEqual([
      { operation: 'insert', n: 600 },
      { operation: 'update', n: 1 },
    ]);
  });
});
