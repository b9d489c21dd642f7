// Types of training courses (培训班) shared by core and renderer: the course, its instructors and trainees with
// attendance and exam results, and the people proposed as trainees.
import type { PersonInput, PersonSaveResult } from '@core/people/contract';
import type { TrainingKindCategory, TrainingSector } from '@rules/training/kinds';
import type { TraineeResult } from '@rules/training/results';

export interface CourseInput {
  kindId: string;
  title: string;
  startDate: string;
  endDate: string;
  sessions: number;
  venue?: string | null;
  township?: string | null;
  village?: string | null;
  sector: TrainingSector;
  hostUnit?: string | null;
  capacity?: number | null;
  fundingSource?: string | null;
  headCount?: number | null;
  notes?: string | null;
  instructorIds?: string[];
}

export interface CourseRow {
  id: string;
  rowVersion: number;
  number: string;
  kindId: string;
  kindName: string;
  kindCategory: TrainingKindCategory;
  title: string;
  startDate: string;
  endDate: string;
  sessions: number;
  venue: string | null;
  township: string | null;
  village: string | null;
  sector: TrainingSector;
  hostUnit: string | null;
  capacity: number | null;
  fundingSource: string | null;
  headCount: number | null;
  notes: string | null;
  instructorsConfirmedBy: string | null;
  instructorsConfirmedAt: string | null;
  trainees: number;
  passed: number;
  voided: boolean;
  voidReason: string | null;
}

export interface CourseInstructor {
  personId: string;
  name: string;
  idNumber: string;
  /** Holds a valid certificate of an instructor kind on the course dates. */
  certified: boolean;
}

export interface TraineeRow {
  enrolmentId: string;
  rowVersion: number;
  personId: string;
  name: string;
  gender: 'M' | 'F' | null;
  /** Masked unless the user's role may see ID numbers. */
  idNumber: string;
  workUnit: string | null;
  township: string | null;
  /** One character per session: P present, A absent, - not marked. */
  attendance: string;
  absenceHours: number;
  eligible: boolean;
  theoryScore: number | null;
  skillResults: Record<string, boolean>;
  result: TraineeResult;
}

export interface CourseExam {
  passMark: number;
  skills: string[];
  absenceLimitHours: number;
}

export interface CourseDetail {
  course: CourseRow;
  exam: CourseExam;
  instructors: CourseInstructor[];
  /** INSTRUCTOR_NOT_CERTIFIED per instructor without a valid certificate, until an approver confirms the course. */
  problems: { code: 'INSTRUCTOR_NOT_CERTIFIED'; personId: string; name: string }[];
  /** Results (theory and skills) may be entered: every instructor certified, or an approver confirmed. */
  resultsOpen: boolean;
  trainees: TraineeRow[];
  counts: { trainees: number; passed: number; failed: number; ineligible: number; pending: number };
}

export interface CourseFilter {
  year?: number;
  kindId?: string;
  township?: string;
  sector?: TrainingSector;
  includeVoided?: boolean;
}

export interface TraineeCandidate {
  personId: string;
  name: string;
  gender: 'M' | 'F' | null;
  idNumber: string;
  township: string | null;
  workUnit: string | null;
  enrolled: boolean;
}

export interface TraineeCandidates {
  candidates: TraineeCandidate[];
  /** Pasted lines that name nobody: not an ID number (code from the ID checks) or not in the registry. */
  unmatched: { line: number; text: string; code: string }[];
  truncated: boolean;
}

export interface TraineesAdded {
  added: number;
  /** Already on this course: not added again. */
  refused: { personId: string; name: string; code: 'TRAINEE_ALREADY_ENROLLED' }[];
  /** More trainees than the course's capacity (a warning: they are added). */
  overCapacity: boolean;
  detail: CourseDetail;
}

export interface NewTraineeInput {
  courseId: string;
  person: PersonInput;
  acceptWarnings?: boolean;
}

export interface NewTraineeResult extends PersonSaveResult {
  detail: CourseDetail;
}

/** One grid row as saved: fields left out are unchanged. */
export interface TraineeResultInput {
  enrolmentId: string;
  rowVersion: number;
  attendance?: string;
  theoryScore?: number | null;
  skillResults?: Record<string, boolean | null>;
}

export interface ResultsSaved {
  trainees: TraineeRow[];
  counts: CourseDetail['counts'];
}

/** The columns a sign-up sheet (报名表) may have; 姓名 and 身份证号 are needed. */
export type SignUpField = 'name' | 'idNumber' | 'gender' | 'mobile' | 'township' | 'village' | 'workUnit';

export interface SignUpsImported {
  /** Data rows in the sheet. */
  rows: number;
  valid: number;
  invalid: number;
  /** Each problem of a row left out: its spreadsheet row, the registry field and the code. */
  errors: { row: number; field: string; code: string }[];
  /** Enrolled now; already on the course before; added to the registry by this sheet. */
  added: number;
  alreadyEnrolled: number;
  peopleAdded: number;
  overCapacity: boolean;
}
