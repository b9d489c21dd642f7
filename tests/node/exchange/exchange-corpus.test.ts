// Hundreds of refused packages made from a few good ones (tests/fixtures/packageCorpus.ts): each must be refused
// with its own code, at the stage the format promises (openPackage before any payload, or the full pass).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPackage, PackageError, verifyPackage } from '@core/exchange/format';
import type { PackageErrorCode } from '@core/exchange/types';
import { buildPackageCorpus, type PackageCorpus } from '../../fixtures/packageCorpus';
import { testOffice, trustOf } from '../../fixtures/packageKeys';

const county = testOffice('321302', 'county');
const city = testOffice('321300', 'city');
const asCity = { keys: city.ring, trust: trustOf(county.trusted) };

/** Every code the file itself can earn; the rest (replay, gap, fork...) need the receiving database. */
const FORMAT_CODES: PackageErrorCode[] = [
  'PKG_NOT_A_PACKAGE',
  'PKG_FORMAT_UNSUPPORTED',
  'PKG_TRUNCATED',
  'PKG_TRAILING_DATA',
  'PKG_CHECKSUM_MISMATCH',
  'PKG_HEADER_INVALID',
  'PKG_SENDER_UNKNOWN',
  'PKG_KEY_MISMATCH',
  'PKG_SIGNATURE_INVALID',
  'PKG_WRONG_RECIPIENT',
  'PKG_SCHEMA_AHEAD',
  'PKG_PAYLOAD_CORRUPT',
  'PKG_TOO_LARGE',
  'PKG_PARTS_MISSING',
  'PKG_PARTS_DUPLICATE',
];

async function refusal(run: () => Promise<unknown>): Promise<PackageErrorCode | 'accepted' | string> {
  try {
    await run();
    return 'accepted';
  } catch (error) {
    return error instanceof PackageError ? error.code : `not a PackageError: ${(error as Error).stack}`;
  }
}

describe('package corpus', () => {
  let corpus: PackageCorpus;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-corpus-'));
  beforeAll(async () => {
    corpus = await buildPackageCorpus({ dir, sender: county.ring, recipient: city.trusted });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens and verifies the good packages it was made from', async () => {
    for (const good of corpus.good) {
      expect((await verifyPackage(good.files, asCity)).packageHash).toBe(good.packageHash);
    }
  });

  it('has at least 400 bad packages covering every refusal the format can give', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(400);
    const covered = new Set(corpus.cases.map((c) => c.code));
    expect(FORMAT_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('refuses each with its specific code, at the promised stage', async () => {
    const wrong: string[] = [];
    for (const c of corpus.cases) {
      const atOpen = await refusal(() => openPackage(c.files, asCity));
      const atVerify = await refusal(() => verifyPackage(c.files, asCity));
      const expectedAtOpen = c.refusedBy === 'open' ? c.code : 'accepted';
      if (atOpen !== expectedAtOpen || atVerify !== c.code)
        wrong.push(`${c.name}: open ${atOpen}, verify ${atVerify}; expected ${expectedAtOpen} / ${c.code}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lines() stops with the code mid-stream for payload damage', async () => {
    const payloadCases = corpus.cases.filter((c) => c.refusedBy === 'verify');
    expect(payloadCases.length).toBeGreaterThan(10);
    for (const c of payloadCases) {
      const opened = await openPackage(c.files, asCity);
      const code = await refusal(async () => {
        for await (const _ of opened.lines()) {
          /* consume */
        }
      });
      expect(code, c.name).toBe(c.code);
    }
  });
});
