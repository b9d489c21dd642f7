// A course's instructors (people of the registry) and the instructor check: each must hold, on the course
// dates, a certificate of a kind that qualifies instructors (救护师资) - not voided, not revoked, issued on or
// before the first day and expiring on or after the last. Otherwise an approver confirms the course.
import type { CourseDetail, CourseInstructor, CourseRow } from '@core/training/courses/contract';
import { people, trainingCourseInstructors, trainingCourses } from '@db/schema';
import { maskIdNumber } from '@rules/idNumber';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { masksIds } from '../../people/query';
import { insertRecords, voidRecords } from '../../records/bulk';
import { rowRead, valueRead } from '../../records/reads';
import { updateRecord } from '../../records/write';
import { OWN_OFFICE } from '../../stock/office';

const CERTIFIED = `EXISTS (SELECT 1 FROM training_certificates t JOIN training_kinds k ON k.id = t.kind_id
  WHERE t.person_id = i.person_id AND k.qualifies_instructors = 1 AND t.voided = 0 AND t.revoked_at IS NULL
  AND t.issue_date <= @start AND t.expiry_date >= @end)`;

const INSTRUCTORS = rowRead<
  Pick<typeof trainingCourseInstructors.$inferSelect, 'personId'> &
    Pick<typeof people.$inferSelect, 'name' | 'idNumber'> & { certified: number },
  [{ course: string; start: string; end: string }]
>(
  `SELECT i.person_id AS personId, p.name, p.id_number AS idNumber, ${CERTIFIED} AS certified
  FROM training_course_instructors i JOIN people p ON p.id = i.person_id
  WHERE i.course_id = @course AND i.voided = 0 ORDER BY i.rowid`,
);
const LIVE_PERSON = valueRead<number, [personId: string]>(
  `SELECT 1 FROM people WHERE id = ? AND voided = 0 AND ${OWN_OFFICE}`,
);
const CURRENT_INSTRUCTORS = rowRead<
  Pick<typeof trainingCourseInstructors.$inferSelect, 'id' | 'personId'>,
  [courseId: string]
>('SELECT id, person_id AS personId FROM training_course_instructors WHERE course_id = ? AND voided = 0');

export function listInstructors(ctx: CoreContext, course: Pick<CourseRow, 'id' | 'startDate' | 'endDate'>) {
  const masked = masksIds(ctx);
  const rows = INSTRUCTORS.on(ctx.store.sqlite).all({
    course: course.id,
    start: course.startDate,
    end: course.endDate,
  });
  return rows.map((row): CourseInstructor => ({
    ...row,
    idNumber: masked ? maskIdNumber(row.idNumber) : row.idNumber,
    certified: row.certified === 1,
  }));
}

export function instructorProblems(instructors: readonly CourseInstructor[]): CourseDetail['problems'] {
  return instructors
    .filter((i) => !i.certified)
    .map((i) => ({ code: 'INSTRUCTOR_NOT_CERTIFIED' as const, personId: i.personId, name: i.name }));
}

/** Replaces the course's instructors by `personIds` (live people of this office), in the order given. */
export function writeInstructors(ctx: CoreContext, officeCode: string, courseId: string, personIds: readonly string[]) {
  const unique = [...new Set(personIds)];
  const known = LIVE_PERSON.on(ctx.store.sqlite);
  for (const personId of unique)
    if (known.get(personId) === undefined) fail('NOT_FOUND', { what: 'person', id: personId });
  const current = CURRENT_INSTRUCTORS.on(ctx.store.sqlite).all(courseId);
  const same = current.length === unique.length && current.every((row, n) => row.personId === unique[n]);
  if (same) return false;
  voidRecords(
    ctx,
    trainingCourseInstructors,
    current.map((row) => row.id),
    'instructors changed',
  );
  insertRecords(
    ctx,
    trainingCourseInstructors,
    officeCode,
    unique.map((personId) => ({ courseId, personId })),
  );
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'training_course_instructors',
    recordId: courseId,
    before: { personIds: current.map((row) => row.personId) },
    after: { personIds: unique },
  });
  return true;
}

/** An approver (or admin) confirms the course although an instructor is not certified: results may then be entered. */
export function confirmInstructors(ctx: CoreContext, course: CourseRow, rowVersion: number): void {
  if (course.voided) fail('RECORD_VOIDED', { id: course.id });
  updateRecord(
    ctx,
    trainingCourses,
    course.id,
    { instructorsConfirmedBy: actorName(ctx), instructorsConfirmedAt: nowIso(ctx) },
    rowVersion,
  );
}
