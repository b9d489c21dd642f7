// Creating, editing and voiding a course. Its number is {office code}-{year}-{seq}: seq counts per office and
// year (training_sequences scope course-YYYY) and is never reused, not even after a void. Changing the
// instructors or the dates asks for the approver's confirmation again.
import type { CourseDetail, CourseInput } from '@core/training/courses/contract';
import { trainingCourses } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { valueRead } from '../../records/reads';
import { insertRecord, updateRecord, voidRecord } from '../../records/write';
import { officeCodeOf } from '../../stock/office';
import { findKind } from '../kinds/kinds';
import { confirmInstructors, writeInstructors } from './instructors';
import { courseDetail, findCourse } from './read';

const SEQ_DIGITS = 3;

const NEXT_SEQ = valueRead<number, [officeCode: string, scope: string]>(
  `INSERT INTO training_sequences (office_code, scope, last_seq) VALUES (?, ?, 1)
  ON CONFLICT (office_code, scope) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
);
const LIVE_CERTIFICATES_OF_COURSE = valueRead<number, [courseId: string]>(
  'SELECT count(*) FROM training_certificates WHERE course_id = ? AND voided = 0',
);

/** The next course number of the office for `year`; the sequence row is taken under the router's write lock. */
function nextCourseNumber(ctx: CoreContext, officeCode: string, year: string): string {
  const seq = NEXT_SEQ.on(ctx.store.sqlite).get(officeCode, `course-${year}`);
  return `${officeCode}-${year}-${String(seq).padStart(SEQ_DIGITS, '0')}`;
}

const trimmedOrNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

function checkCourse(ctx: CoreContext, input: CourseInput): void {
  if (!input.title.trim()) fail('COURSE_INVALID', { field: 'title', code: 'REQUIRED' });
  if (input.endDate < input.startDate) fail('COURSE_INVALID', { field: 'endDate', code: 'END_BEFORE_START' });
  const kind = findKind(ctx, input.kindId);
  if (kind.voided) fail('RECORD_VOIDED', { id: kind.id });
  if (input.headCount != null && kind.category !== 'popular') fail('COURSE_HEAD_COUNT_POPULAR_ONLY');
}

function courseFields(input: CourseInput) {
  return {
    kindId: input.kindId,
    title: input.title.trim(),
    startDate: input.startDate,
    endDate: input.endDate,
    sessions: input.sessions,
    venue: trimmedOrNull(input.venue),
    township: trimmedOrNull(input.township),
    village: trimmedOrNull(input.village),
    sector: input.sector,
    hostUnit: trimmedOrNull(input.hostUnit),
    capacity: input.capacity ?? null,
    fundingSource: trimmedOrNull(input.fundingSource),
    headCount: input.headCount ?? null,
    notes: trimmedOrNull(input.notes),
  };
}

export function createCourse(ctx: CoreContext, input: CourseInput): CourseDetail {
  checkCourse(ctx, input);
  const officeCode = officeCodeOf(ctx);
  const number = nextCourseNumber(ctx, officeCode, input.startDate.slice(0, 4));
  const course = insertRecord(ctx, trainingCourses, officeCode, {
    ...courseFields(input),
    number,
    instructorsConfirmedBy: null,
    instructorsConfirmedAt: null,
  });
  writeInstructors(ctx, officeCode, course.id, input.instructorIds ?? []);
  return courseDetail(ctx, course.id);
}

export function updateCourse(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: Partial<CourseInput>,
): CourseDetail {
  const current = findCourse(ctx, id);
  if (current.voided) fail('RECORD_VOIDED', { id });
  if (current.rowVersion !== rowVersion) fail('RECORD_CHANGED', { id, rowVersion: current.rowVersion });
  const merged: CourseInput = { ...current, ...patch };
  checkCourse(ctx, merged);
  if (patch.kindId && patch.kindId !== current.kindId && current.trainees > 0)
    fail('COURSE_KIND_FIXED', { trainees: current.trainees });
  const instructorsChanged =
    patch.instructorIds !== undefined && writeInstructors(ctx, officeCodeOf(ctx), id, patch.instructorIds);
  const datesChanged = merged.startDate !== current.startDate || merged.endDate !== current.endDate;
  const confirmation =
    instructorsChanged || datesChanged ? { instructorsConfirmedBy: null, instructorsConfirmedAt: null } : {};
  updateRecord(ctx, trainingCourses, id, { ...courseFields(merged), ...confirmation }, rowVersion);
  return courseDetail(ctx, id);
}

export function voidCourse(ctx: CoreContext, id: string, reason: string): CourseDetail {
  findCourse(ctx, id);
  const certified = LIVE_CERTIFICATES_OF_COURSE.on(ctx.store.sqlite).get(id) ?? 0;
  if (certified > 0) fail('COURSE_HAS_CERTIFICATES', { certificates: certified });
  voidRecord(ctx, trainingCourses, id, reason);
  return courseDetail(ctx, id);
}

export function confirmCourseInstructors(ctx: CoreContext, id: string, rowVersion: number): CourseDetail {
  confirmInstructors(ctx, findCourse(ctx, id), rowVersion);
  return courseDetail(ctx, id);
}
