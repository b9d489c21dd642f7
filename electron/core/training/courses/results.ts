// Saving attendance and exam results as the grid sends them, a row (or many) at a time. Each row carries the
// version it was read at, so a second window's edit is refused (RECORD_CHANGED) rather than overwritten. Theory
// scores and skills wait until the instructors are certified or an approver confirmed the course.
import type { ResultsSaved, TraineeResultInput } from '@core/training/courses/contract';
import { trainingEnrolments } from '@db/schema';
import { attendanceFor, isAttendanceText, isTheoryScore } from '@rules/training/results';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead } from '../../records/reads';
import { updateRecord } from '../../records/write';
import { countResults, courseDetail, courseTrainees, findCourse } from './read';

const ENROLMENT = rowRead<
  Pick<typeof trainingEnrolments.$inferSelect, 'courseId' | 'attendance' | 'skillResults'> & { voided: number },
  [enrolmentId: string]
>(
  'SELECT course_id AS courseId, attendance, skill_results AS skillResults, voided FROM training_enrolments WHERE id = ?',
);

function mergedSkills(stored: string, change: Record<string, boolean | null>, skills: readonly string[]) {
  const merged = JSON.parse(stored) as Record<string, boolean>;
  for (const [skill, passed] of Object.entries(change)) {
    if (!skills.includes(skill)) fail('TRAINEE_SKILL_UNKNOWN', { skill });
    if (passed === null) delete merged[skill];
    else merged[skill] = passed;
  }
  return JSON.stringify(merged);
}

export function saveResults(ctx: CoreContext, courseId: string, rows: readonly TraineeResultInput[]): ResultsSaved {
  const detail = courseDetail(ctx, courseId);
  const { course, exam } = detail;
  if (course.voided) fail('RECORD_VOIDED', { id: courseId });
  const read = ENROLMENT.on(ctx.store.sqlite);
  for (const row of rows) {
    const stored = read.get(row.enrolmentId);
    if (!stored || stored.courseId !== courseId) fail('NOT_FOUND', { what: 'trainee', id: row.enrolmentId });
    const examined = row.theoryScore !== undefined || row.skillResults !== undefined;
    if (examined && !detail.resultsOpen) fail('INSTRUCTORS_NOT_CONFIRMED');
    if (row.attendance !== undefined && !isAttendanceText(row.attendance))
      fail('TRAINEE_ATTENDANCE_INVALID', { text: row.attendance });
    if (row.theoryScore != null && !isTheoryScore(row.theoryScore))
      fail('TRAINEE_SCORE_INVALID', { score: row.theoryScore });
    updateRecord(
      ctx,
      trainingEnrolments,
      row.enrolmentId,
      {
        attendance: row.attendance === undefined ? undefined : attendanceFor(row.attendance, course.sessions),
        theoryScore: row.theoryScore,
        skillResults: row.skillResults && mergedSkills(stored.skillResults, row.skillResults, exam.skills),
      },
      row.rowVersion,
    );
  }
  const fresh = findCourse(ctx, courseId);
  const changed = courseTrainees(
    ctx,
    fresh,
    rows.map((row) => row.enrolmentId),
  );
  return { trainees: changed, counts: countResults(courseTrainees(ctx, fresh)) };
}
