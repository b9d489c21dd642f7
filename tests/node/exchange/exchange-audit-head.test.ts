// The county's audit head travels in every package: the city keeps the head of the last applied package and
// refuses (PKG_AUDIT_REWOUND) a later package whose chain does not extend it - forged with the county's real
// keys, or genuine from a county whose audit log was cut after it sent - and its tables stay as they were.
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@core/admin/check';
import { importPackage } from '@core/exchange/inbox';
import type { AuditHead } from '@core/exchange/types';
import {
  addGenerated,
  CITY,
  cityWith,
  COUNTY,
  craftPackage,
  databaseDigest,
  exportTo,
  RECEIVED_LOG,
  recordsOf,
  type Office,
} from './exchange-apply-support';

const sentHead = (county: Office, seq: number) =>
  county.store.sqlite
    .prepare(
      `SELECT audit_seq AS seq, audit_hash AS hash, package_hash AS packageHash
  FROM outbox_packages WHERE seq = ?`,
    )
    .get(seq) as AuditHead & { packageHash: string };
const keptHead = (city: Office) =>
  city.store.sqlite
    .prepare(
      `SELECT audit_seq AS seq, audit_hash AS hash FROM inbox_streams
  WHERE sender_office_code = ?`,
    )
    .get(COUNTY) as AuditHead;

async function firstPackageApplied() {
  const {
    city,
    counties: [county],
  } = cityWith(COUNTY);
  addGenerated(county!, 3);
  expect((await importPackage(city.ctx(), await exportTo(county!, CITY))).status).toBe('applied');
  const first = sentHead(county!, 1);
  expect(keptHead(city)).toEqual({ seq: first.seq, hash: first.hash });
  return { city, county: county!, first };
}

describe('audit heads in packages', () => {
  it('applies a genuine package that extends the head, and keeps its new head', async () => {
    const { city, county, first } = await firstPackageApplied();
    addGenerated(county, 2, 9);
    expect((await importPackage(city.ctx(), await exportTo(county, CITY))).status).toBe('applied');
    const second = sentHead(county, 2);
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(keptHead(city)).toEqual({ seq: second.seq, hash: second.hash });
    // The city's writer hashed what it stored as `db check` does: nothing is reported on either side.
    for (const office of [city, county])
      expect(checkDatabase(office.store).audit).toMatchObject({ ok: true, findings: [], recordsChecked: 5 });
  });

  it.each([
    [
      'another entry at the kept head',
      (h: AuditHead) => ({
        priorAudit: { seq: h.seq, hash: 'f'.repeat(64) },
        audit: { seq: h.seq + 5, hash: 'e'.repeat(64) },
      }),
      'prior',
    ],
    [
      'a head before the kept one',
      (h: AuditHead) => ({ priorAudit: h, audit: { seq: h.seq - 1, hash: 'e'.repeat(64) } }),
      'shorter',
    ],
    ['no head at all', () => ({ audit: undefined, priorAudit: undefined }), 'missing'],
  ])('refuses a forged package carrying %s, leaving the city unchanged', async (_, heads, problem) => {
    const { city, county, first } = await firstPackageApplied();
    addGenerated(county, 2, 9);
    const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);
    const forged = await craftPackage(county, city, {
      seq: 2,
      prevHash: first.packageHash,
      records: recordsOf(county),
      ...heads(first),
    });
    const outcome = await importPackage(city.ctx(), forged);
    expect(outcome).toMatchObject({
      status: 'rejected',
      code: 'PKG_AUDIT_REWOUND',
      details: { problem, keptSeq: first.seq },
    });
    expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
    const received = city.store.sqlite.prepare('SELECT status, reason FROM inbox_packages WHERE seq = 2').get();
    expect(received).toEqual({ status: 'rejected', reason: 'PKG_AUDIT_REWOUND' });
  });

  it('refuses the genuine next package of a county whose audit log was cut after it sent', async () => {
    const { city, county, first } = await firstPackageApplied();
    county.store.sqlite.prepare('DELETE FROM audit_log WHERE seq >= ?').run(first.seq);
    addGenerated(county, 2, 9);
    const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);
    const outcome = await importPackage(city.ctx(), await exportTo(county, CITY));
    expect(outcome).toMatchObject({ status: 'rejected', code: 'PKG_AUDIT_REWOUND', details: { problem: 'prior' } });
    expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
  });
});
