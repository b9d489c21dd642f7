// The signed QR of a registered certificate and 证书查验 through the router: the QR is signed with the office's
// own key, a scan is checked and its status taken from the register, and every verification is audited with
// its outcome and number, never the ID number. The grid's filters, searches and ID masking; the number pattern.
import { describe, expect, it } from 'vitest';
import type { Verification } from '@core/training/certificates';
import { certificateQrText } from '@core/training/certificates';
import type { CertificatePage, CertificateSettings, IssueResult } from '@core/training/register/contract';
import { sampleFacts, signingOffice } from './certificate-support';
import { certificateOffice, passing, seedCourse } from './register-support';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('QR and verification of registered certificates', () => {
  it('verifies its own certificate, says revoked after revocation, refuses tampered and foreign codes; all audited', async () => {
    const o = await certificateOffice(3);
    const person = o.people[0]!;
    const { numbers, certificateIds } = await o.value<IssueResult>('trainer', 'training.certificates.issue', {
      personId: person.id,
      kindId: o.kindId('rescuer'),
      issueDate: today(),
    });
    const qr = await o.value<{ number: string; payload: string }>('clerk', 'training.certificates.qr', {
      number: numbers[0],
    });
    expect(qr.number).toBe(numbers[0]);
    expect(qr.payload).toMatch(/^BL1:/);
    const verified = await o.value<Verification>('viewer', 'training.certificates.verify', { text: `${qr.payload}\n` });
    expect(verified).toMatchObject({
      ok: true,
      status: 'VALID',
      number: numbers[0],
      kind: '救护员',
      name: person.name,
      idMasked: `${person.idNumber.slice(0, 4)}**********${person.idNumber.slice(-4)}`,
      office: { code: '321302', name: '宿城区红十字会' },
    });

    const flipped = qr.payload.slice(0, 60) + (qr.payload[60] === 'A' ? 'B' : 'A') + qr.payload.slice(61);
    const tampered = await o.value<Verification>('viewer', 'training.certificates.verify', { text: flipped });
    expect(tampered.ok).toBe(false);
    const foreign = signingOffice('321311', '宿豫区红十字会');
    const foreignCode = certificateQrText(sampleFacts({ officeCode: '321311' }), foreign.key);
    expect(await o.value('viewer', 'training.certificates.verify', { text: foreignCode })).toEqual({
      ok: false,
      code: 'CERTIFICATE_CODE_UNKNOWN_ISSUER',
    });

    await o.value('approver', 'training.certificates.revoke', { id: certificateIds[0], reason: '信息有误' });
    expect(await o.value('viewer', 'training.certificates.verify', { text: qr.payload })).toMatchObject({
      ok: true,
      status: 'REVOKED',
    });

    const audit = o.store.sqlite
      .prepare(
        "SELECT record_id AS recordId, after FROM audit_log WHERE method = 'training.certificates.verify' ORDER BY seq",
      )
      .all() as { recordId: string | null; after: string }[];
    expect(audit.map((a) => JSON.parse(a.after).outcome)).toEqual([
      'VALID',
      (tampered as { code: string }).code,
      'CERTIFICATE_CODE_UNKNOWN_ISSUER',
      'REVOKED',
    ]);
    expect(JSON.parse(audit[0]!.after)).toEqual({ outcome: 'VALID', number: numbers[0], office: '321302' });
    expect(audit[0]!.recordId).toBe(certificateIds[0]);
    expect(JSON.stringify(audit)).not.toContain(person.idNumber);
  });

  it('the grid filters and searches, and masks ID numbers for roles that may not see them', async () => {
    const o = await certificateOffice(30);
    const courseId = seedCourse(o.system, o.kindId('rescuer'), passing(o.people.slice(0, 20)), {
      start: today(),
      end: today(),
    });
    await o.value('trainer', 'training.certificates.issueForCourse', { courseId });
    // An old certificate, expiring within 90 days.
    const soon = new Date(Date.now() + 8 * 3600_000 - 3 * 365 * 86_400_000 + 40 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const expiring = await o.value<IssueResult>('trainer', 'training.certificates.issue', {
      personId: o.people[25]!.id,
      kindId: o.kindId('primary'),
      issueDate: soon,
    });
    const list = (user: string, query: object) =>
      o.value<CertificatePage>(user, 'training.certificates.list', { offset: 0, limit: 100, ...query });
    expect((await list('clerk', {})).total).toBe(21);
    expect((await list('clerk', { expiringSoon: true })).rows.map((r) => r.number)).toEqual(expiring.numbers);
    expect((await list('clerk', { status: 'EXPIRING' })).total).toBe(1);
    expect((await list('clerk', { status: 'VALID' })).total).toBe(20);
    expect((await list('clerk', { kindId: o.kindId('primary') })).total).toBe(1);
    const target = o.people[3]!;
    const byName = await list('clerk', { search: target.name });
    expect(byName.rows.map((r) => r.personId)).toContain(target.id);
    const byTail = await list('viewer', { search: target.idNumber.slice(-4) });
    expect(byTail.rows.map((r) => r.personId)).toContain(target.id);
    const number = byName.rows.find((r) => r.personId === target.id)!.number;
    expect((await list('viewer', { search: number.toLowerCase() })).rows.map((r) => r.number)).toEqual([number]);
    expect((await list('viewer', { search: number.slice(0, 16) })).total).toBeGreaterThan(1);
    const viewerRow = (await list('viewer', { search: number })).rows[0]!;
    expect(viewerRow.idNumber).not.toBe(target.idNumber);
    expect(viewerRow.idNumber).toMatch(/^\d{6}\*+[\dX]{4}$/);
    expect((await list('clerk', { search: number })).rows[0]!.idNumber).toBe(target.idNumber);
  });

  it('the number pattern is set in settings; a pattern problem is refused with its own code', async () => {
    const o = await certificateOffice(2);
    expect(
      await o.call('trainer', 'training.certificates.setSettings', { numberPattern: '{office}-{year}' }),
    ).toMatchObject({ ok: false, error: { code: 'CERTIFICATE_PATTERN_NO_SEQUENCE' } });
    const settings = await o.value<CertificateSettings>('trainer', 'training.certificates.setSettings', {
      numberPattern: 'SC{year}{seq:4}',
      signatory: '王主任',
    });
    expect(settings.example).toBe(`SC${today().slice(0, 4)}0001`);
    const issued = await o.value<IssueResult>('trainer', 'training.certificates.issue', {
      personId: o.people[0]!.id,
      kindId: o.kindId('rescuer'),
      issueDate: '2025-05-01',
    });
    expect(issued.numbers).toEqual(['SC20250001']);
    const row = (await o.value<CertificatePage>('clerk', 'training.certificates.list', { offset: 0, limit: 5 }))
      .rows[0]!;
    expect(row.signatory).toBe('王主任');
  });
});
