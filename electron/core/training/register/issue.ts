// Issuing certificates: for every passed trainee of a course in one action, or one by one. Runs inside the
// router's write transaction, so a failure half way leaves no certificate and takes no number.
import { trainingCertificates } from '@db/schema';
import { certificateExpiry } from '@rules/training/certificateDates';
import { traineeResult } from '@rules/training/results';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecords } from '../../records/bulk';
import type { RecordFields } from '../../records/meta';
import { rowRead } from '../../records/reads';
import { officeCodeOf } from '../../stock/office';
import type { CourseIssuePreview, IssueResult } from './contract';
import { courseOf, issuedKindOf, kindOf, personOf, type CourseRow, type KindRow } from './lookups';
import { settingsRow, takeCertificateNumbers } from './numbering';
import { renewableCertificates } from './renewal';

type CertificateFields = RecordFields<typeof trainingCertificates>;

interface Trainee {
  enrolmentId: string;
  personId: string;
  name: string;
  township: string | null;
  workUnit: string | null;
  attendance: string;
  theoryScore: number | null;
  skillResults: string;
  issued: number;
}

/** The course's trainees; `issued` is looked up in the index of course certificates by course and enrolment. */
const TRAINEES = rowRead<Trainee, [courseId: string]>(
  `SELECT e.id AS enrolmentId, e.person_id AS personId, p.name, p.township, p.work_unit AS workUnit,
       e.attendance, e.theory_score AS theoryScore, e.skill_results AS skillResults,
       EXISTS (SELECT 1 FROM training_certificates c
         WHERE c.course_id = e.course_id AND c.enrolment_id = e.id AND c.voided = 0) AS issued
     FROM training_enrolments e JOIN people p ON p.id = e.person_id
     WHERE e.course_id = ? AND e.voided = 0 ORDER BY p.pinyin_full, p.rowid`,
);

function trainees(ctx: CoreContext, courseId: string): Trainee[] {
  return TRAINEES.on(ctx.store.sqlite).all(courseId);
}

function jsonOf<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function courseState(ctx: CoreContext, courseId: string) {
  const officeCode = officeCodeOf(ctx);
  const course = courseOf(ctx, officeCode, courseId);
  const kind = kindOf(ctx, officeCode, course.kindId);
  const issuedKind = issuedKindOf(ctx, officeCode, kind);
  const all = trainees(ctx, courseId);
  const exam = {
    passMark: kind.passMark,
    absenceLimitHours: kind.absenceLimitHours,
    skills: jsonOf<string[]>(kind.skills, []),
  };
  const passed = all.filter(
    (t) =>
      traineeResult({ ...t, skillResults: jsonOf<Record<string, boolean>>(t.skillResults, {}) }, exam) === 'passed',
  );
  return { officeCode, course, kind, issuedKind, all, waiting: passed.filter((t) => !t.issued) };
}

export function courseIssuePreview(ctx: CoreContext, courseId: string): CourseIssuePreview {
  const { course, kind, issuedKind, all, waiting } = courseState(ctx, courseId);
  const issued = all.filter((t) => t.issued).length;
  return {
    courseId,
    kindName: issuedKind.certificateTitle ?? issuedKind.name,
    renewal: kind.category === 'renewal',
    endDate: course.endDate,
    passed: waiting.map((t) => ({ personId: t.personId, name: t.name })),
    notPassed: all.length - issued - waiting.length,
    alreadyIssued: issued,
  };
}

/** Certificates for every passed trainee of the course without one from it yet; a 复训 links each to what it renews. */
export function issueForCourse(ctx: CoreContext, courseId: string, issueDate?: string | null): IssueResult {
  const { officeCode, course, kind, issuedKind, waiting } = courseState(ctx, courseId);
  if (waiting.length === 0) return { issued: 0, numbers: [], certificateIds: [] };
  const date = issueDate ?? course.endDate;
  let previous = new Map<string, string>();
  if (kind.category === 'renewal') {
    previous = renewableCertificates(
      ctx,
      officeCode,
      issuedKind,
      waiting.map((t) => t.personId),
      date,
    );
    const without = waiting.filter((t) => !previous.has(t.personId)).map((t) => t.name);
    if (without.length > 0)
      fail('CERTIFICATE_RENEWAL_NOTHING_TO_RENEW', { names: without.join('、'), count: without.length });
  }
  const signatory = settingsRow(ctx, officeCode)?.signatory ?? null;
  const rows = waiting.map((t) =>
    certificateFields(signatory, issuedKind, date, {
      personId: t.personId,
      township: t.township ?? course.township,
      workUnit: t.workUnit,
      course,
      enrolmentId: t.enrolmentId,
      previousId: previous.get(t.personId) ?? null,
    }),
  );
  return written(ctx, officeCode, rows, { courseId, course: course.number });
}

export interface SingleIssue {
  personId: string;
  kindId: string;
  issueDate: string;
  courseId?: string | null;
}

/** One certificate; of a renewal kind, it renews the person's latest renewable certificate or is refused. */
export function issueOne(ctx: CoreContext, input: SingleIssue): IssueResult {
  const officeCode = officeCodeOf(ctx);
  const kind = kindOf(ctx, officeCode, input.kindId);
  if (kind.voided) fail('NOT_FOUND', { what: 'kind', id: input.kindId });
  const issuedKind = issuedKindOf(ctx, officeCode, kind);
  const person = personOf(ctx, input.personId);
  const course = input.courseId ? courseOf(ctx, officeCode, input.courseId) : null;
  let previousId: string | null = null;
  if (kind.category === 'renewal') {
    previousId =
      renewableCertificates(ctx, officeCode, issuedKind, [person.id], input.issueDate).get(person.id) ?? null;
    if (!previousId) fail('CERTIFICATE_RENEWAL_NOTHING_TO_RENEW', { names: person.name, count: 1 });
  }
  const row = certificateFields(settingsRow(ctx, officeCode)?.signatory ?? null, issuedKind, input.issueDate, {
    personId: person.id,
    township: person.township ?? course?.township ?? null,
    workUnit: person.workUnit,
    course,
    enrolmentId: null,
    previousId,
  });
  return written(ctx, officeCode, [{ ...row, source: 'single' }], { personId: person.id });
}

interface Holder {
  personId: string;
  township: string | null;
  workUnit: string | null;
  course: CourseRow | null;
  enrolmentId: string | null;
  previousId: string | null;
}

function certificateFields(
  signatory: string | null,
  kind: KindRow,
  issueDate: string,
  holder: Holder,
): Omit<CertificateFields, 'number'> {
  return {
    personId: holder.personId,
    kindId: kind.id,
    courseId: holder.course?.id ?? null,
    enrolmentId: holder.enrolmentId,
    source: 'course',
    issueDate,
    expiryDate: certificateExpiry(issueDate, kind.validityMonths),
    signatory,
    previousId: holder.previousId,
    township: holder.township,
    workUnit: holder.workUnit,
    sector: holder.course?.sector ?? null,
    revokedAt: null,
    revokedBy: null,
    revokeReason: null,
    printCount: 0,
  };
}

function written(
  ctx: CoreContext,
  officeCode: string,
  rows: Omit<CertificateFields, 'number'>[],
  about: Record<string, string>,
): IssueResult {
  const year = Number(rows[0]!.issueDate.slice(0, 4));
  const numbers = takeCertificateNumbers(ctx, officeCode, year, rows.length);
  const certificateIds = insertRecords(
    ctx,
    trainingCertificates,
    officeCode,
    rows.map((row, n) => ({ number: numbers[n]!, ...row })),
  );
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'training_certificates',
    recordId: certificateIds.length === 1 ? certificateIds[0] : null,
    after: { ...about, issued: rows.length, first: numbers[0], last: numbers.at(-1) },
  });
  return { issued: rows.length, numbers, certificateIds };
}
