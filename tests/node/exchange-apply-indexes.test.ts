// A package as large as the city's table is applied with the sort indexes dropped and built again: the
// preview and the apply leave every index as it was, and the checks that read indexes still catch an ID
// number live in another county.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { importPackage } from '../../electron/core/exchange/inbox';
import { loadKeyRing, trustLookup } from '../../electron/core/exchange/keys';
import { travellingPeople, writeCountyPackage } from '../fixtures/cityRecords';
import { CITY, COUNTY, OTHER_COUNTY, cityWith, databaseDigest, type Office } from './exchange-apply-support';
import { tempDir } from './support';

const RECORDS = 6_000; // above the 5,000 where the inbox starts rebuilding indexes

const indexesOf = (sqlite: Database.Database) =>
  sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people' ORDER BY name`).all();

async function packageFrom(county: Office, seed: number): Promise<string[]> {
  const incarnationId = county.store.sqlite.prepare('SELECT incarnation_id FROM office').pluck().get() as string;
  const written = await writeCountyPackage({ keys: loadKeyRing(county.ctx()), city: trustLookup(county.store).office(CITY)!, incarnationId },
    tempDir('boai-indexes-'), { seq: 1, prevHash: null, records: travellingPeople(RECORDS, county.code, seed) });
  return written.files;
}

describe('a package as large as the table', () => {
  it('is previewed and applied with every index of the people table kept or built again', async () => {
    const { city, counties: [first, second] } = cityWith(COUNTY, OTHER_COUNTY);
    const indexes = indexesOf(city.store.sqlite);
    expect(indexes.length).toBeGreaterThan(5);

    const files = await packageFrom(first!, 5);
    const before = databaseDigest(city.store.sqlite);
    const preview = await importPackage(city.ctx(), files, { dryRun: true });
    expect(preview.summary!['people']!.new).toBe(RECORDS);
    expect(databaseDigest(city.store.sqlite)).toBe(before);
    expect(indexesOf(city.store.sqlite)).toEqual(indexes);

    const applied = await importPackage(city.ctx(), files);
    expect(applied).toMatchObject({ status: 'applied', summary: preview.summary });
    expect(indexesOf(city.store.sqlite)).toEqual(indexes);
    expect(city.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The rebuilt sort index answers like the table: every person is found through it.
    const throughIndex = city.store.sqlite.prepare('SELECT count(*) FROM people INDEXED BY people_pinyin_full WHERE pinyin_full >= ?').pluck().get('');
    expect(throughIndex).toBe(RECORDS);

    // The same ID numbers from another county (same seed): as large as the table, so applied the same way.
    const other = await importPackage(city.ctx(), await packageFrom(second!, 5));
    const live = city.store.sqlite.prepare(`SELECT count(*) FROM people WHERE office_code = ? AND voided = 0`).pluck().get(COUNTY) as number;
    expect(other.summary!['people']!.conflicts).toBe(live);
    expect(city.store.sqlite.prepare(`SELECT count(*) FROM inbox_review WHERE reason = 'ID_NUMBER_IN_OTHER_OFFICE'`).pluck().get()).toBe(live);
    expect(indexesOf(city.store.sqlite)).toEqual(indexes);
  }, 120_000);
});
