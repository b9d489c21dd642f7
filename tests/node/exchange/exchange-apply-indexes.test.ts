// A package that brings many records for its table is applied with the sort indexes dropped and noted, and
// they are built again once when the batch is done (or when the database is next opened): a dry run leaves
// every index as it was, the checks that read indexes still catch an ID number live in another county, and
// nothing is lost if the app stops before the rebuild.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { finishImports, importPackage } from '@core/exchange/inbox';
import { loadKeyRing, trustLookup } from '@core/exchange/keys';
import { openDatabase } from '@db/open';
import { travellingPeople, writeCountyPackage } from '../../fixtures/cityRecords';
import { tempDir } from '../support';
import { CITY, COUNTY, OTHER_COUNTY, cityWith, databaseDigest, type Office } from './exchange-apply-support';

const RECORDS = 6_000; // above the 5,000 where the inbox starts dropping sort indexes

const indexesOf = (sqlite: Database.Database) =>
  sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people' ORDER BY name`)
    .all();
const deferredOf = (sqlite: Database.Database) =>
  sqlite.prepare('SELECT name FROM deferred_indexes ORDER BY name').pluck().all();

async function packageFrom(county: Office, seed: number, records = RECORDS): Promise<string[]> {
  const incarnationId = county.store.sqlite.prepare('SELECT incarnation_id FROM office').pluck().get() as string;
  const written = await writeCountyPackage(
    { keys: loadKeyRing(county.ctx()), city: trustLookup(county.store).office(CITY)!, incarnationId },
    tempDir('boai-indexes-'),
    { seq: 1, prevHash: null, records: travellingPeople(records, county.code, seed) },
  );
  return written.files;
}

describe('a large package', () => {
  it('is applied without the sort indexes, which are built again once the imports are finished', async () => {
    const {
      city,
      counties: [first, second],
    } = cityWith(COUNTY, OTHER_COUNTY);
    const sqlite = city.store.sqlite;
    const indexes = indexesOf(sqlite);
    expect(indexes.length).toBeGreaterThan(5);

    const files = await packageFrom(first!, 5);
    const before = databaseDigest(sqlite);
    const preview = await importPackage(city.ctx(), files, { dryRun: true });
    expect(preview.summary!['people']!.new).toBe(RECORDS);
    expect(databaseDigest(sqlite)).toBe(before);
    expect(indexesOf(sqlite)).toEqual(indexes);

    const fileSize = () => fs.statSync(city.store.file).size;
    const sizeBefore = fileSize();
    const applied = await importPackage(city.ctx(), files);
    expect(applied).toMatchObject({ status: 'applied', summary: preview.summary });
    const sortIndexes = indexes.filter(
      (i) => !indexesOf(sqlite).some((left) => JSON.stringify(left) === JSON.stringify(i)),
    );
    expect(sortIndexes.length).toBeGreaterThanOrEqual(6);
    expect(deferredOf(sqlite)).toEqual(sortIndexes.map((i) => (i as { name: string }).name).sort());
    expect(indexesOf(sqlite).map((i) => (i as { name: string }).name)).toEqual(
      expect.arrayContaining(['people_id_number_live', 'people_id_reversed']),
    );

    // The same ID numbers from another county (same seed), applied while the sort indexes are still missing.
    const other = await importPackage(city.ctx(), await packageFrom(second!, 5));
    const live = sqlite
      .prepare(`SELECT count(*) FROM people WHERE office_code = ? AND voided = 0`)
      .pluck()
      .get(COUNTY) as number;
    expect(other.summary!['people']!.conflicts).toBe(live);
    expect(
      sqlite.prepare(`SELECT count(*) FROM inbox_review WHERE reason = 'ID_NUMBER_IN_OTHER_OFFICE'`).pluck().get(),
    ).toBe(live);

    // Both imports' pages wait in the WAL (no checkpoint at their commits); the batch's end copies them in once.
    expect(fileSize()).toBe(sizeBefore);
    expect(await finishImports(city.ctx())).toEqual({ indexesRebuilt: sortIndexes.length });
    expect(fileSize()).toBeGreaterThan(sizeBefore);
    expect(indexesOf(sqlite)).toEqual(indexes);
    expect(deferredOf(sqlite)).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The rebuilt sort index answers like the table: every person is found through it.
    const throughIndex = sqlite
      .prepare('SELECT count(*) FROM people INDEXED BY people_pinyin_full WHERE pinyin_full >= ?')
      .pluck()
      .get('');
    expect(throughIndex).toBe(sqlite.prepare('SELECT count(*) FROM people').pluck().get());
    expect(await finishImports(city.ctx())).toEqual({ indexesRebuilt: 0 });
  }, 120_000);

  it('keeps the sort indexes when it is small beside the table', async () => {
    const {
      city,
      counties: [first, second],
    } = cityWith(COUNTY, OTHER_COUNTY);
    await importPackage(city.ctx(), await packageFrom(first!, 5, 30_000));
    await finishImports(city.ctx());
    const indexes = indexesOf(city.store.sqlite);
    await importPackage(city.ctx(), await packageFrom(second!, 9, RECORDS)); // 6,000 < 30,000 / 4
    expect(indexesOf(city.store.sqlite)).toEqual(indexes);
    expect(deferredOf(city.store.sqlite)).toEqual([]);
  }, 120_000);

  it('has its sort indexes built again when the database is next opened, if the app stopped first', async () => {
    const {
      city,
      counties: [first],
    } = cityWith(COUNTY);
    const indexes = indexesOf(city.store.sqlite);
    await importPackage(city.ctx(), await packageFrom(first!, 5));
    expect(deferredOf(city.store.sqlite).length).toBeGreaterThan(0);
    const reopened = openDatabase(city.store.file);
    try {
      expect(indexesOf(reopened.sqlite)).toEqual(indexes);
      expect(deferredOf(reopened.sqlite)).toEqual([]);
      expect(reopened.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(RECORDS);
    } finally {
      reopened.sqlite.close();
    }
  }, 120_000);
});
