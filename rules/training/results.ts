// A trainee's attendance and exam as the course grid, the core and the certificates read them: absence hours
// from the sessions marked absent, eligibility against the kind's absence limit, and the derived result.
import { SESSION_HOURS } from './kinds';

/** One character per half-day session. */
export const ATTENDANCE_MARKS = { present: 'P', absent: 'A', unmarked: '-' } as const;
export const THEORY_MIN = 0;
export const THEORY_MAX = 100;

export type TraineeResult = 'passed' | 'failed' | 'ineligible' | 'pending';

export interface KindExam {
  passMark: number;
  skills: readonly string[];
  absenceLimitHours: number;
}

export interface TraineeExam {
  attendance: string;
  theoryScore: number | null;
  skillResults: Readonly<Record<string, boolean>>;
}

/** The attendance string for `sessions` sessions: kept marks, the rest unmarked, anything longer cut off. */
export function attendanceFor(stored: string, sessions: number): string {
  return stored.slice(0, sessions).padEnd(sessions, ATTENDANCE_MARKS.unmarked);
}

export function isAttendanceText(text: string): boolean {
  return /^[PA-]*$/.test(text);
}

export function absenceHours(attendance: string): number {
  return [...attendance].filter((mark) => mark === ATTENDANCE_MARKS.absent).length * SESSION_HOURS;
}

export function isEligible(attendance: string, kind: Pick<KindExam, 'absenceLimitHours'>): boolean {
  return absenceHours(attendance) <= kind.absenceLimitHours;
}

export function isTheoryScore(value: number): boolean {
  return Number.isInteger(value) && value >= THEORY_MIN && value <= THEORY_MAX;
}

/**
 * passed = eligible, theory >= pass mark and every skill of the kind passed; failed as soon as one of them
 * fails; pending while the theory score or a skill is still to be entered.
 */
export function traineeResult(exam: TraineeExam, kind: KindExam): TraineeResult {
  if (!isEligible(exam.attendance, kind)) return 'ineligible';
  const theoryFailed = exam.theoryScore !== null && exam.theoryScore < kind.passMark;
  const skillFailed = kind.skills.some((skill) => exam.skillResults[skill] === false);
  if (theoryFailed || skillFailed) return 'failed';
  const complete = exam.theoryScore !== null && kind.skills.every((skill) => exam.skillResults[skill] === true);
  return complete ? 'passed' : 'pending';
}
