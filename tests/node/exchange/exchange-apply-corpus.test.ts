// The bad-package corpus against a real city database: every refused package is refused by importPackage
// (preview and apply) with its specific code and leaves every table exactly as it was. Then the refusals
// only a database can make: replay with another hash, gap, fork, untrusted sender, another city's package.
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageError } from '@core/exchange/format';
import { importPackage, verifyForCity } from '@core/exchange/inbox';
import { loadKeyRing, trustLookup } from '@core/exchange/keys';
import { travellingPeople } from '../../fixtures/cityRecords';
import { buildPackageCorpus, type PackageCorpus } from '../../fixtures/packageCorpus';
import { tempDir } from '../support';
import {
  addGenerated,
  backupOf,
  cityWith,
  COUNTY,
  CITY,
  craftPackage,
  databaseDigest,
  exportTo,
  office,
  OTHER_COUNTY,
  RECEIVED_LOG,
  trust,
  type Office,
} from './exchange-apply-support';

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    const outcome = (await run()) as { status?: string; code?: string };
    return `accepted: ${outcome.status} ${outcome.code ?? ''}`;
  } catch (error) {
    return error instanceof PackageError ? error.code : `not a PackageError: ${(error as Error).stack}`;
  }
}

describe('bad packages against the city database', () => {
  let city: Office;
  let county: Office;
  let corpus: PackageCorpus;
  beforeAll(async () => {
    const offices = cityWith(COUNTY);
    city = offices.city;
    county = offices.counties[0]!;
    corpus = await buildPackageCorpus({
      dir: tempDir('boai-city-corpus-'),
      sender: loadKeyRing(county.ctx()),
      recipient: trustLookup(county.store).office(CITY)!,
      records: [...travellingPeople(120, COUNTY)],
    });
  });

  it('refuses every corpus package with its code, in verify, preview and apply, and changes no table', async () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(400);
    const before = databaseDigest(city.store.sqlite);
    const wrong: string[] = [];
    for (const c of corpus.cases) {
      const verified = await refusal(() => verifyForCity(city.ctx(), c.files));
      const previewed = await refusal(() => importPackage(city.ctx(), c.files, { dryRun: true }));
      const applied = await refusal(() => importPackage(city.ctx(), c.files));
      if (verified !== c.code || previewed !== c.code || applied !== c.code)
        wrong.push(`${c.name}: ${verified} / ${previewed} / ${applied}, expected ${c.code}`);
      if (databaseDigest(city.store.sqlite) !== before) {
        wrong.push(`${c.name}: database changed`);
        break;
      }
    }
    expect(wrong).toEqual([]);
    // The good packages it was made from do apply (the first one; the others are further seq-1 packages: forks).
    expect(await importPackage(city.ctx(), corpus.good[0]!.files)).toMatchObject({
      status: 'applied',
      summary: { people: { new: 120 } },
    });
  });
});

describe('refusals only the city database can make', () => {
  it('refuses an untrusted county and a package for another city, and changes no table', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const stranger = office('county', OTHER_COUNTY);
    trust(stranger, city); // the stranger knows the city, the city never confirmed the stranger
    const otherCity = office('city', '321400');
    trust(otherCity, county!);
    trust(county!, otherCity);
    addGenerated(county!, 3);
    addGenerated(stranger, 3, 9);
    const before = databaseDigest(city.store.sqlite);
    expect(await refusal(() => importPackage(city.ctx(), []))).toBe('PKG_PARTS_MISSING');
    expect(await refusal(async () => importPackage(city.ctx(), await exportTo(stranger, CITY)))).toBe(
      'PKG_SENDER_UNKNOWN',
    );
    expect(await refusal(async () => importPackage(city.ctx(), await exportTo(county!, '321400')))).toBe(
      'PKG_WRONG_RECIPIENT',
    );
    expect(databaseDigest(city.store.sqlite)).toBe(before);
  });

  it('refuses replays with another hash, gaps and forks (only the received log changes), repeatedly', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addGenerated(county!, 4);
    const first = await exportTo(county!, CITY);
    const restore = backupOf(county!, false);
    addGenerated(county!, 1, 3);
    await importPackage(city.ctx(), first);
    await importPackage(city.ctx(), await exportTo(county!, CITY));
    const lastHash = city.store.sqlite.prepare('SELECT last_hash FROM inbox_streams').pluck().get() as string;
    const incarnation = county!.store.sqlite.prepare('SELECT incarnation_id FROM office').pluck().get() as string;
    const restored = restore();
    const records = [...travellingPeople(3, COUNTY, 31)];
    // In this order: gaps and a replay leave the stream as it is; then the first fork stops it, and from then on
    // even a gap is refused as a stopped stream, while an old seq with another hash stays a replay mismatch.
    const cases: { name: string; files: string[]; status: string; code: string }[] = [];
    for (let i = 0; i < 20; i++) {
      cases.push({
        name: `seq ${4 + i} after a gap`,
        files: await craftPackage(county!, city, { seq: 4 + i, prevHash: lastHash, records }),
        status: 'held',
        code: 'PKG_SEQUENCE_GAP',
      });
    }
    cases.push({ name: 'a replay of seq 1', files: first, status: 'already', code: 'PKG_ALREADY_IMPORTED' });
    cases.push({
      name: 'next seq, broken chain',
      files: await craftPackage(county!, city, { seq: 3, prevHash: 'f'.repeat(64), records }),
      status: 'forked',
      code: 'PKG_REPLAY_MISMATCH',
    });
    cases.push({
      name: 'new incarnation',
      files: await craftPackage(county!, city, {
        seq: 3,
        prevHash: lastHash,
        records,
        incarnationId: `${incarnation}x`,
      }),
      status: 'forked',
      code: 'PKG_INCARNATION_CHANGED',
    });
    cases.push({
      name: 'restored backup',
      files: await exportTo(restored, CITY),
      status: 'forked',
      code: 'PKG_REPLAY_MISMATCH',
    });
    for (let i = 0; i < 20; i++) {
      cases.push({
        name: `old seq ${1 + (i % 2)}, another hash`,
        files: await craftPackage(county!, city, { seq: 1 + (i % 2), records }),
        status: 'forked',
        code: 'PKG_REPLAY_MISMATCH',
      });
      cases.push({
        name: `seq ${30 + i} while stopped`,
        files: await craftPackage(county!, city, { seq: 30 + i, prevHash: lastHash, records }),
        status: 'forked',
        code: 'PKG_STREAM_FORKED',
      });
    }

    const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);
    for (const c of cases) {
      const full = databaseDigest(city.store.sqlite);
      expect(await importPackage(city.ctx(), c.files, { dryRun: true }), c.name).toMatchObject({
        status: c.status,
        code: c.code,
      });
      expect(databaseDigest(city.store.sqlite), c.name).toBe(full); // a preview writes nothing at all
      expect(await importPackage(city.ctx(), c.files), c.name).toMatchObject({ status: c.status, code: c.code });
      expect(databaseDigest(city.store.sqlite, RECEIVED_LOG), c.name).toBe(before);
    }
    expect(city.store.sqlite.prepare('SELECT count(*) FROM inbox_packages').pluck().get()).toBe(2 + cases.length - 1);
  });
});
