// A 复训 course issues certificates of the kind it renews, each naming the holder's latest renewable certificate;
// the old one is superseded by derivation and never edited. Revoking needs an approver and a reason; a reprint
// needs a reason; every print is logged and counted.
import { describe, expect, it } from 'vitest';
import type { CertificateDetail, CertificatePage, IssueResult } from '@core/training/register/contract';
import { certificateOffice, passing, seedCourse, type CertificateOffice } from './register-support';

const single = (o: CertificateOffice, personIndex: number, kind: string, issueDate: string) =>
  o.value<IssueResult>('trainer', 'training.certificates.issue', {
    personId: o.people[personIndex]!.id,
    kindId: o.kindId(kind),
    issueDate,
  });

const stored = (o: CertificateOffice, id: string) => ({
  row: o.store.sqlite.prepare('SELECT * FROM training_certificates WHERE id = ?').get(id),
  journal: o.store.sqlite.prepare('SELECT * FROM change_journal WHERE record_id = ? ORDER BY seq').all(id),
});

describe('renewal, revocation and reprints', () => {
  it('a renewal supersedes the old certificate without editing it; a trainee with nothing renewable is named', async () => {
    const o = await certificateOffice(4);
    const [a, b, c] = o.people;
    const oldA = (await single(o, 0, 'rescuer', '2022-07-01')).certificateIds[0]!;
    const oldB = (await single(o, 1, 'rescuer', '2021-05-01')).certificateIds[0]!; // expired 2024-04-30, renewable to 2025-04-30
    const before = { a: stored(o, oldA), b: stored(o, oldB) };

    const renewal = o.kindId('rescuer-renewal');
    const withC = seedCourse(o.system, renewal, passing([a!, c!]), { start: '2025-03-01', end: '2025-03-01' }, 2);
    const refused = await o.call('trainer', 'training.certificates.issueForCourse', { courseId: withC });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CERTIFICATE_RENEWAL_NOTHING_TO_RENEW', details: { names: c!.name, count: 1 } },
    });
    expect(o.store.sqlite.prepare('SELECT count(*) FROM training_certificates').pluck().get()).toBe(2);

    const course = seedCourse(o.system, renewal, passing([a!, b!]), { start: '2025-03-01', end: '2025-03-01' }, 2);
    const issued = await o.value<IssueResult>('trainer', 'training.certificates.issueForCourse', { courseId: course });
    expect(issued.issued).toBe(2);
    const page = await o.value<CertificatePage>('clerk', 'training.certificates.list', { offset: 0, limit: 10 });
    const byId = new Map(page.rows.map((r) => [r.id, r]));
    expect(byId.get(oldA)!.status).toBe('SUPERSEDED');
    expect(byId.get(oldB)!.status).toBe('SUPERSEDED');
    const renewed = page.rows.filter((r) => r.courseId === course);
    expect(renewed.map((r) => r.previousId).sort()).toEqual([oldA, oldB].sort());
    expect(renewed.every((r) => r.kindName === '救护员' && r.kindId === o.kindId('rescuer'))).toBe(true);
    expect(renewed.every((r) => r.expiryDate === '2028-02-29' && r.status === 'VALID')).toBe(true);
    // Never edited: the same row (row version included) and the same journal.
    expect({ a: stored(o, oldA), b: stored(o, oldB) }).toEqual(before);
    // Once the new card is revoked, the superseded old one does not come back to be renewed.
    const newA = renewed.find((r) => r.previousId === oldA)!;
    await o.value('approver', 'training.certificates.revoke', { id: newA.id, reason: '考试作弊' });
    const again = seedCourse(o.system, renewal, passing([a!]), { start: '2025-04-01', end: '2025-04-01' }, 2);
    expect(await o.call('trainer', 'training.certificates.issueForCourse', { courseId: again })).toMatchObject({
      ok: false,
      error: { code: 'CERTIFICATE_RENEWAL_NOTHING_TO_RENEW' },
    });
    const detail = await o.value<CertificateDetail>('clerk', 'training.certificates.get', { id: oldA });
    expect(detail.renewedByNumber).toBe(newA.number);
  });

  it('only an approver or admin revokes, with a reason; the revocation is audited', async () => {
    const o = await certificateOffice(2);
    const { certificateIds, numbers } = await single(o, 0, 'rescuer', '2025-01-10');
    const id = certificateIds[0]!;
    expect(await o.call('trainer', 'training.certificates.revoke', { id, reason: '冒名顶替' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await o.call('clerk', 'training.certificates.revoke', { id, reason: '冒名顶替' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await o.call('approver', 'training.certificates.revoke', { id, reason: ' ' })).toMatchObject({ ok: false });
    const revoked = await o.value<CertificateDetail>('approver', 'training.certificates.revoke', {
      number: numbers[0],
      reason: '冒名顶替参加考试',
    });
    expect(revoked).toMatchObject({ status: 'REVOKED', revokeReason: '冒名顶替参加考试' });
    expect(await o.call('admin', 'training.certificates.revoke', { id, reason: '再次' })).toMatchObject({
      ok: false,
      error: { code: 'CERTIFICATE_ALREADY_REVOKED' },
    });
    const audit = o.store.sqlite
      .prepare("SELECT username, after FROM audit_log WHERE method = 'training.certificates.revoke'")
      .all() as { username: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.username).toBe('approver');
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ revokeReason: '冒名顶替参加考试' });
  });

  it('the first print needs no reason, a reprint does; each is logged and counted', async () => {
    const o = await certificateOffice(2);
    const id = (await single(o, 0, 'rescuer', '2025-01-10')).certificateIds[0]!;
    await o.value('trainer', 'training.certificates.printed', { ids: [id], format: 'card' });
    expect(await o.call('trainer', 'training.certificates.printed', { ids: [id], format: 'a4' })).toMatchObject({
      ok: false,
      error: { code: 'CERTIFICATE_REPRINT_REASON_REQUIRED' },
    });
    expect(
      await o.value('trainer', 'training.certificates.printed', { ids: [id], format: 'a4', reason: '证书遗失' }),
    ).toEqual({ printed: 1, reprints: 1 });
    const detail = await o.value<CertificateDetail>('viewer', 'training.certificates.get', { id });
    expect(detail.printCount).toBe(2);
    expect(detail.prints.map((p) => [p.format, p.reprint, p.reason])).toEqual([
      ['card', false, null],
      ['a4', true, '证书遗失'],
    ]);
  });
});
