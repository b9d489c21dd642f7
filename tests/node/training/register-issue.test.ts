// Issuing certificates through the router: every passed trainee of a course in one action (one transaction),
// numbered from the office's pattern; who may issue; a failure half way leaves nothing and takes no number.
import { describe, expect, it } from 'vitest';
import type { CertificatePage, CourseIssuePreview, IssueResult } from '@core/training/register/contract';
import { checkCharacter } from '@rules/training/checkCharacter';
import { certificateOffice, passing, seedCourse } from './register-support';

const numbered = (seq: number) => {
  const body = `321302-2025-${String(seq).padStart(6, '0')}`;
  return body + checkCharacter(body);
};

describe('issuing certificates for a course', () => {
  it('issues one certificate to each passed trainee, numbered in order, dated from the course end', async () => {
    const o = await certificateOffice(12);
    const [failsTheory, failsCpr, absentTooLong, absentHalfDay, ...rest] = o.people.slice(0, 10);
    const courseId = seedCourse(o.system, o.kindId('rescuer'), [
      { person: failsTheory!, theory: 70 },
      { person: failsCpr!, failed: ['CPR'] },
      { person: absentTooLong!, absent: 2 },
      { person: absentHalfDay!, absent: 1 },
      ...passing(rest),
    ]);
    const preview = await o.value<CourseIssuePreview>('trainer', 'training.certificates.coursePreview', { courseId });
    expect(preview).toMatchObject({ kindName: '救护员', renewal: false, endDate: '2025-06-30', notPassed: 3 });
    expect(preview.passed.map((p) => p.personId).sort()).toEqual([absentHalfDay!, ...rest].map((p) => p.id).sort());

    expect(await o.call('clerk', 'training.certificates.issueForCourse', { courseId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const issued = await o.value<IssueResult>('trainer', 'training.certificates.issueForCourse', { courseId });
    expect(issued.issued).toBe(7);
    expect(issued.numbers).toEqual([1, 2, 3, 4, 5, 6, 7].map(numbered));

    const page = await o.value<CertificatePage>('clerk', 'training.certificates.list', {
      courseId,
      offset: 0,
      limit: 50,
    });
    expect(page.total).toBe(7);
    const first = page.rows.find((r) => r.personId === absentHalfDay!.id)!;
    expect(first).toMatchObject({
      kindName: '救护员',
      issueDate: '2025-06-30',
      expiryDate: '2028-06-29',
      sector: 'community',
      township: absentHalfDay!.township ?? '幸福街道',
      source: 'course',
      idNumber: absentHalfDay!.idNumber,
    });
    // A second press issues nothing more.
    expect(await o.value<IssueResult>('trainer', 'training.certificates.issueForCourse', { courseId })).toMatchObject({
      issued: 0,
    });
    const audit = o.store.sqlite
      .prepare("SELECT after FROM audit_log WHERE method = 'training.certificates.issueForCourse'")
      .pluck()
      .all() as string[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!)).toMatchObject({ issued: 7, first: numbered(1), last: numbered(7) });
  });

  it('a failure half way leaves no certificate, no audit entry and takes no number', async () => {
    const o = await certificateOffice(10);
    const courseId = seedCourse(o.system, o.kindId('rescuer'), passing(o.people.slice(0, 10)));
    const auditBefore = o.store.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
    // The sixth certificate cannot be written: the disk, a constraint - anything that fails mid-way.
    o.store.sqlite.exec(`CREATE TRIGGER fail_sixth BEFORE INSERT ON training_certificates
      WHEN (SELECT count(*) FROM training_certificates) >= 5 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const failed = await o.call('trainer', 'training.certificates.issueForCourse', { courseId });
    expect(failed.ok).toBe(false);
    const count = (sql: string) => o.store.sqlite.prepare(sql).pluck().get();
    expect(count('SELECT count(*) FROM training_certificates')).toBe(0);
    expect(count("SELECT count(*) FROM change_journal WHERE table_name = 'training_certificates'")).toBe(0);
    expect(count('SELECT count(*) FROM training_sequences')).toBe(0);
    expect(count('SELECT count(*) FROM audit_log')).toBe(auditBefore);
    o.store.sqlite.exec('DROP TRIGGER fail_sixth');
    const issued = await o.value<IssueResult>('trainer', 'training.certificates.issueForCourse', { courseId });
    expect(issued.numbers[0]).toBe(numbered(1));
    expect(issued.issued).toBe(10);
  });

  it('issues one by one; a course kind without certificates is refused in words', async () => {
    const o = await certificateOffice(3);
    const one = await o.value<IssueResult>('trainer', 'training.certificates.issue', {
      personId: o.people[0]!.id,
      kindId: o.kindId('primary'),
      issueDate: '2024-02-29',
    });
    const page = await o.value<CertificatePage>('trainer', 'training.certificates.list', { offset: 0, limit: 10 });
    expect(page.rows[0]).toMatchObject({
      number: one.numbers[0],
      kindName: '初级救护员',
      expiryDate: '2027-02-27',
      source: 'single',
    });
    expect(one.numbers[0]).toMatch(/^321302-2024-000001/);
    expect(
      await o.call('trainer', 'training.certificates.issue', {
        personId: o.people[1]!.id,
        kindId: o.kindId('popular'),
        issueDate: '2024-03-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CERTIFICATE_KIND_NOT_CERTIFIED', details: { kind: '普及培训' } } });
  });
});
