// Training courses (培训班): the course, its instructors, trainees from the people registry, attendance and exam
// results. Trainers manage them; clerks, approvers and viewers read them; an approver confirms a course whose
// instructor holds no valid instructor certificate.
import { z } from 'zod';
import { FIELD_LIMITS, ID_LIST_MAX, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { isoDate, method, optionalText, text } from '@api/method';
import type { Role } from '@api/roles';
import { TRAINING_SECTORS } from '@rules/training/kinds';
import { THEORY_MAX, THEORY_MIN } from '@rules/training/results';
import { personInput } from '../../people/methods';
import { TRAINERS, TRAINING_READERS } from '../kinds/methods';
import type {
  CourseDetail,
  CourseRow,
  NewTraineeResult,
  ResultsSaved,
  SignUpsImported,
  TraineeCandidates,
  TraineesAdded,
} from './contract';

const CONFIRMERS: readonly Role[] = ['approver'];
const L = FIELD_LIMITS.training_courses;
const id = z.uuid();
const rowVersion = z.number().int().min(1);

const courseInput = z.object({
  kindId: id,
  title: text(L.title).min(1),
  startDate: isoDate,
  endDate: isoDate,
  sessions: z.number().int().min(1).max(FIELD_LIMITS.training_enrolments.attendance),
  venue: optionalText(L.venue),
  township: optionalText(L.township),
  village: optionalText(L.village),
  sector: z.enum(TRAINING_SECTORS),
  hostUnit: optionalText(L.hostUnit),
  capacity: z.number().int().min(1).max(100_000).nullish(),
  fundingSource: optionalText(L.fundingSource),
  headCount: z.number().int().min(0).max(10_000_000).nullish(),
  notes: optionalText(L.notes),
  instructorIds: z.array(id).max(50).optional(),
});

const resultRow = z.object({
  enrolmentId: id,
  rowVersion,
  attendance: z
    .string()
    .max(FIELD_LIMITS.training_enrolments.attendance)
    .regex(/^[PA-]*$/)
    .optional(),
  theoryScore: z.number().int().min(THEORY_MIN).max(THEORY_MAX).nullish(),
  skillResults: z.record(text(20), z.boolean().nullable()).optional(),
});

export const trainingCourseMethods = {
  'training.courses.list': method<CourseRow[]>()({
    effect: 'read',
    input: z.object({
      year: z.number().int().min(2000).max(2199).optional(),
      kindId: id.optional(),
      township: text(L.township).optional(),
      sector: z.enum(TRAINING_SECTORS).optional(),
      includeVoided: z.boolean().optional(),
    }),
    access: TRAINING_READERS,
  }),
  'training.courses.get': method<CourseDetail>()({ effect: 'read', input: z.object({ id }), access: TRAINING_READERS }),
  'training.courses.create': method<CourseDetail>()({ effect: 'write', input: courseInput, access: TRAINERS }),
  'training.courses.update': method<CourseDetail>()({
    effect: 'write',
    input: z.object({ id, rowVersion, patch: courseInput.partial() }),
    access: TRAINERS,
  }),
  'training.courses.void': method<CourseDetail>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: TRAINERS,
  }),
  'training.courses.confirmInstructors': method<CourseDetail>()({
    effect: 'write',
    input: z.object({ id, rowVersion }),
    access: CONFIRMERS,
  }),
  /** People to choose from (trainees, or instructors before the course exists): a search or pasted ID numbers. */
  'training.courses.candidates': method<TraineeCandidates>()({
    effect: 'read',
    input: z.object({
      courseId: id.optional(),
      search: text(SEARCH_MAX).optional(),
      idNumbers: z.string().max(ID_LIST_MAX).optional(),
    }),
    access: TRAINERS,
  }),
  'training.courses.addTrainees': method<TraineesAdded>()({
    effect: 'write',
    input: z.object({ courseId: id, personIds: z.array(id).min(1).max(5000) }),
    access: TRAINERS,
  }),
  /** A person not yet in the registry: added to it (the registry's checks) and to the course. */
  'training.courses.addNewTrainee': method<NewTraineeResult>()({
    effect: 'write',
    input: z.object({
      courseId: id,
      person: personInput,
      acceptWarnings: z.boolean().optional(),
    }),
    access: TRAINERS,
  }),
  /** 导入报名表: a sign-up sheet's people added to the registry where new, and enrolled (one transaction). */
  'training.courses.importSignUps': method<SignUpsImported>()({
    effect: 'job',
    input: z.object({ courseId: id, fileName: text(260).min(1), contentBase64: z.string().max(20 * 1024 * 1024) }),
    access: TRAINERS,
  }),
  'training.courses.removeTrainee': method<CourseDetail>()({
    effect: 'write',
    input: z.object({ enrolmentId: id, reason: text(REASON_MAX).min(1) }),
    access: TRAINERS,
  }),
  /** Grid rows as edited (attendance, theory score, skills); each guarded by its row version. */
  'training.courses.saveResults': method<ResultsSaved>()({
    effect: 'write',
    input: z.object({ courseId: id, rows: z.array(resultRow).min(1).max(5000) }),
    access: TRAINERS,
  }),
} as const;

export type TrainingCourseMethodName = keyof typeof trainingCourseMethods;
