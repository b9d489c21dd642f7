// Courses as the trainer sees them: the list (by year, kind, township, sector) and one course with its
// instructors and its trainees' attendance, scores, eligibility and result (ID numbers masked unless the role may see them).
import type { CourseDetail, CourseFilter, CourseRow, TraineeRow } from '@core/training/courses/contract';
import { people, trainingEnrolments } from '@db/schema';
import { maskIdNumber } from '@rules/idNumber';
import { absenceHours, attendanceFor, isEligible, traineeResult } from '@rules/training/results';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { masksIds } from '../../people/query';
import { rowRead } from '../../records/reads';
import { OWN_OFFICE } from '../../stock/office';
import { findKind } from '../kinds/kinds';
import { instructorProblems, listInstructors } from './instructors';

/**
 * passed in SQL, for the list's counts (the detail derives it with rules/training/results.ts traineeResult, and
 * tests/node/training/course-results.test.ts holds the two together): eligible, theory at the pass mark, every skill true.
 */
const PASSED = `(length(e.attendance) - length(replace(e.attendance, 'A', ''))) * 4 <= k.absence_limit_hours
  AND e.theory_score >= k.pass_mark
  AND NOT EXISTS (SELECT 1 FROM json_each(k.skills) s WHERE json_extract(e.skill_results, '$."' || s.value || '"') IS NOT 1)`;

const COURSE_SQL = `
  SELECT c.id, c.row_version AS rowVersion, c.number, c.kind_id AS kindId, k.name AS kindName, k.category AS kindCategory,
    c.title, c.start_date AS startDate, c.end_date AS endDate, c.sessions, c.venue, c.township, c.village, c.sector,
    c.host_unit AS hostUnit, c.capacity, c.funding_source AS fundingSource, c.head_count AS headCount, c.notes,
    c.instructors_confirmed_by AS instructorsConfirmedBy, c.instructors_confirmed_at AS instructorsConfirmedAt,
    c.voided, c.void_reason AS voidReason,
    (SELECT count(*) FROM training_enrolments e WHERE e.course_id = c.id AND e.voided = 0) AS trainees,
    (SELECT count(*) FROM training_enrolments e WHERE e.course_id = c.id AND e.voided = 0 AND ${PASSED}) AS passed
  FROM training_courses c JOIN training_kinds k ON k.id = c.kind_id`;

type StoredCourse = Omit<CourseRow, 'voided'> & { voided: number };
const toCourse = (row: StoredCourse): CourseRow => ({ ...row, voided: row.voided === 1 });

interface CourseFilterParams {
  all: number;
  from: string | null;
  to: string | null;
  kind: string | null;
  township: string | null;
  sector: string | null;
}
const COURSES = rowRead<StoredCourse, [CourseFilterParams]>(
  `${COURSE_SQL} WHERE c.${OWN_OFFICE} AND (@all = 1 OR c.voided = 0)
  AND (@from IS NULL OR c.start_date >= @from) AND (@to IS NULL OR c.start_date <= @to)
  AND (@kind IS NULL OR c.kind_id = @kind) AND (@township IS NULL OR c.township = @township)
  AND (@sector IS NULL OR c.sector = @sector)
  ORDER BY c.start_date DESC, c.number DESC`,
);
const COURSE = rowRead<StoredCourse, [id: string]>(`${COURSE_SQL} WHERE c.id = ? AND c.${OWN_OFFICE}`);

export function listCourses(ctx: CoreContext, filter: CourseFilter = {}): CourseRow[] {
  const rows = COURSES.on(ctx.store.sqlite).all({
    all: filter.includeVoided ? 1 : 0,
    from: filter.year ? `${filter.year}-01-01` : null,
    to: filter.year ? `${filter.year}-12-31` : null,
    kind: filter.kindId ?? null,
    township: filter.township?.trim() || null,
    sector: filter.sector ?? null,
  });
  return rows.map(toCourse);
}

export function findCourse(ctx: CoreContext, id: string): CourseRow {
  const row = COURSE.on(ctx.store.sqlite).get(id);
  return row ? toCourse(row) : fail('NOT_FOUND', { what: 'course', id });
}

const TRAINEES = rowRead<
  Pick<
    typeof trainingEnrolments.$inferSelect,
    'rowVersion' | 'personId' | 'attendance' | 'theoryScore' | 'skillResults'
  > &
    Pick<typeof people.$inferSelect, 'name' | 'gender' | 'idNumber' | 'workUnit' | 'township'> & {
      enrolmentId: string;
    },
  [courseId: string]
>(
  `SELECT e.id AS enrolmentId, e.row_version AS rowVersion, e.person_id AS personId, p.name, p.gender,
    p.id_number AS idNumber, p.work_unit AS workUnit, p.township, e.attendance, e.theory_score AS theoryScore,
    e.skill_results AS skillResults
  FROM training_enrolments e JOIN people p ON p.id = e.person_id
  WHERE e.course_id = ? AND e.voided = 0 ORDER BY e.rowid`,
);

export function courseTrainees(ctx: CoreContext, course: CourseRow, enrolmentIds?: readonly string[]): TraineeRow[] {
  const kind = findKind(ctx, course.kindId);
  const masked = masksIds(ctx);
  const rows = TRAINEES.on(ctx.store.sqlite).all(course.id);
  const wanted = enrolmentIds ? new Set(enrolmentIds) : null;
  return rows
    .filter((row) => !wanted || wanted.has(row.enrolmentId))
    .map((row) => {
      const attendance = attendanceFor(row.attendance, course.sessions);
      const skillResults = JSON.parse(row.skillResults) as Record<string, boolean>;
      const exam = { attendance, theoryScore: row.theoryScore, skillResults };
      return {
        ...row,
        idNumber: masked ? maskIdNumber(row.idNumber) : row.idNumber,
        attendance,
        skillResults,
        absenceHours: absenceHours(attendance),
        eligible: isEligible(attendance, kind),
        result: traineeResult(exam, kind),
      };
    });
}

export function countResults(trainees: readonly TraineeRow[]): CourseDetail['counts'] {
  const count = (result: TraineeRow['result']) => trainees.filter((t) => t.result === result).length;
  return {
    trainees: trainees.length,
    passed: count('passed'),
    failed: count('failed'),
    ineligible: count('ineligible'),
    pending: count('pending'),
  };
}

export function courseDetail(ctx: CoreContext, id: string): CourseDetail {
  const course = findCourse(ctx, id);
  const kind = findKind(ctx, course.kindId);
  const instructors = listInstructors(ctx, course);
  const problems = course.instructorsConfirmedAt ? [] : instructorProblems(instructors);
  const trainees = courseTrainees(ctx, course);
  return {
    course,
    exam: { passMark: kind.passMark, skills: kind.skills, absenceLimitHours: kind.absenceLimitHours },
    instructors,
    problems,
    resultsOpen: problems.length === 0,
    trainees,
    counts: countResults(trainees),
  };
}
