// A trainee's result in a course: eligible by attendance, then the theory paper and every skill examined. The
// courses screens show it and issuing certificates counts on it, so the rule exists once, here.
import { SESSION_HOURS } from './kinds';

/** What the rule reads of a course kind (training_kinds). */
export interface ResultKind {
  passMark: number;
  absenceLimitHours: number;
  /** JSON array text as stored, or the list. */
  skills: string | readonly string[];
}

/** What the rule reads of an enrolment (training_enrolments). */
export interface ResultEnrolment {
  /** One character per session: 'P' present, 'A' absent, '-' not yet marked. */
  attendance: string;
  theoryScore: number | null;
  /** JSON object text as stored (skill -> passed), or the object. */
  skillResults: string | Readonly<Record<string, boolean>>;
}

/** PASSED, FAILED (an exam failed), INELIGIBLE (absent too long), PENDING (an exam not yet recorded). */
export type TrainingOutcome = 'PASSED' | 'FAILED' | 'INELIGIBLE' | 'PENDING';

export interface TrainingResult {
  outcome: TrainingOutcome;
  absenceHours: number;
  eligible: boolean;
  theoryPassed: boolean | null;
  /** The skills examined and failed. */
  failedSkills: string[];
  /** The skills not yet examined. */
  missingSkills: string[];
  passed: boolean;
}

function parsed<T>(value: string | T, fallback: T): T {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

export function absenceHours(attendance: string): number {
  return [...attendance].filter((mark) => mark === 'A').length * SESSION_HOURS;
}

/** Passed = absent no longer than the kind allows, theory at or above its pass mark, and every skill passed. */
export function trainingResult(kind: ResultKind, enrolment: ResultEnrolment): TrainingResult {
  const skills = parsed<readonly string[]>(kind.skills, []);
  const results = parsed<Readonly<Record<string, boolean>>>(enrolment.skillResults, {});
  const absence = absenceHours(enrolment.attendance);
  const eligible = absence <= kind.absenceLimitHours;
  const theoryPassed = enrolment.theoryScore === null ? null : enrolment.theoryScore >= kind.passMark;
  const failedSkills = skills.filter((skill) => results[skill] === false);
  const missingSkills = skills.filter((skill) => typeof results[skill] !== 'boolean');
  const passed = eligible && theoryPassed === true && failedSkills.length === 0 && missingSkills.length === 0;
  const outcome: TrainingOutcome = !eligible
    ? 'INELIGIBLE'
    : passed
      ? 'PASSED'
      : theoryPassed === false || failedSkills.length > 0
        ? 'FAILED'
        : 'PENDING';
  return { outcome, absenceHours: absence, eligible, theoryPassed, failedSkills, missingSkills, passed };
}
