// The register grid's status filter against the status each row shows: every status (已换证 included, which is
// derived from the renewal naming the old card, never stored) alone and with a kind, a township or a search, finds
// exactly the rows of that status, and its total is their number - also where the total is counted from the
// renewals' side (a status with a kind) rather than row by row (with a township or a search).
import { describe, expect, it } from 'vitest';
import type { CertificatePage, CertificateRow } from '@core/training/register/contract';
import { addDays } from '@rules/dates';
import { addMonths, CERTIFICATE_STATUSES } from '@rules/training/certificateDates';
import { certificateOffice, type CertificateOffice } from './register-support';

const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Issue dates giving each status today with the default 36 months' validity. */
const ISSUED = {
  valid: addMonths(today, -6),
  expiring: addDays(addMonths(today, -36), 40),
  expired: addMonths(today, -60),
  renewable: addMonths(today, -40),
};

async function issue(o: CertificateOffice, person: number, kind: string, issueDate: string): Promise<string> {
  const issued = await o.value<{ certificateIds: string[] }>('trainer', 'training.certificates.issue', {
    personId: o.people[person]!.id,
    kindId: o.kindId(kind),
    issueDate,
  });
  return issued.certificateIds[0]!;
}

async function register(o: CertificateOffice): Promise<CertificateOffice> {
  const plan: [string, keyof typeof ISSUED][] = [
    ['rescuer', 'valid'],
    ['primary', 'valid'],
    ['rescuer', 'expiring'],
    ['rescuer', 'expired'],
    ['primary', 'expired'],
    ['rescuer', 'renewable'],
    ['rescuer', 'renewable'],
    ['primary', 'renewable'],
  ];
  for (let n = 0; n < o.people.length; n++) {
    const [kind, when] = plan[n % plan.length]!;
    await issue(o, n, kind, ISSUED[when]);
  }
  // Renewals supersede the renewable ones; one renewal is then revoked (its old card stays superseded).
  const renewedBy = new Map<number, string>();
  for (let n = 0; n < o.people.length; n++) {
    const [kind, when] = plan[n % plan.length]!;
    if (when === 'renewable' && n % 3 !== 0) renewedBy.set(n, await issue(o, n, `${kind}-renewal`, addDays(today, -1)));
  }
  await o.value('approver', 'training.certificates.revoke', { id: [...renewedBy.values()][0]!, reason: '考试作弊' });
  const firstValid = (await list(o, { status: 'VALID' })).rows.find((r) => r.previousId === null)!;
  await o.value('approver', 'training.certificates.revoke', { id: firstValid.id, reason: '冒名顶替' });
  return o;
}

const list = (o: CertificateOffice, query: Record<string, unknown>) =>
  o.value<CertificatePage>('clerk', 'training.certificates.list', { offset: 0, limit: 500, ...query });

const ids = (rows: readonly CertificateRow[]) => rows.map((r) => r.id).sort();

describe('the register status filter', () => {
  it('finds exactly the rows showing each status, alone and with a kind, a township or a search', async () => {
    const o = await register(await certificateOffice(40));
    const all = (await list(o, {})).rows;
    expect(all.length).toBeGreaterThan(40);
    for (const status of CERTIFICATE_STATUSES)
      expect(
        all.some((r) => r.status === status),
        status,
      ).toBe(true);
    const withTownship = all.find((r) => r.township !== null)!.township!;
    const name = o.people.find((p) => all.filter((r) => r.personId === p.id).length > 1)!.name;
    const narrowings: [Record<string, unknown>, (r: CertificateRow) => boolean][] = [
      [{}, () => true],
      [{ kindId: o.kindId('rescuer') }, (r) => r.kindId === o.kindId('rescuer')],
      [{ township: withTownship }, (r) => r.township === withTownship],
      [{ search: name }, (r) => r.name.includes(name)],
    ];
    for (const status of CERTIFICATE_STATUSES) {
      for (const [narrowing, holds] of narrowings) {
        const expected = all.filter((r) => r.status === status && holds(r));
        const page = await list(o, { ...narrowing, status });
        const label = `${status} ${JSON.stringify(narrowing)}`;
        expect(ids(page.rows), label).toEqual(ids(expected));
        expect(page.total, label).toBe(expected.length);
        expect(
          page.rows.every((r) => r.status === status),
          label,
        ).toBe(true);
      }
    }
    const soon = await list(o, { expiringSoon: true, status: 'SUPERSEDED' });
    expect(soon).toEqual({ rows: [], total: 0 });
  });

  it('pages newest first and counts every page the same, the superseded ones too', async () => {
    const o = await register(await certificateOffice(40));
    const superseded = (await list(o, { status: 'SUPERSEDED' })).rows;
    expect(superseded.length).toBeGreaterThan(3);
    const pages = [];
    for (let offset = 0; offset < superseded.length; offset += 3)
      pages.push(await list(o, { status: 'SUPERSEDED', offset, limit: 3 }));
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(superseded.map((r) => r.id));
    expect(pages.every((p) => p.total === superseded.length)).toBe(true);
    const order = superseded.map((r) => `${r.issueDate} ${r.id}`);
    expect(order).toEqual([...order].sort().reverse());
  });
});
