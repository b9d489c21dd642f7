// A course's trainees from the people registry: found by name, pinyin or ID tail, or from pasted/scanned ID
// numbers (one per line); a person not yet in the registry is added through the people core with its checks.
// A person already on the course is refused by name; more trainees than the capacity is a warning only.
import type {
  NewTraineeInput,
  NewTraineeResult,
  TraineeCandidates,
  TraineesAdded,
} from '@core/training/courses/contract';
import { people, trainingEnrolments } from '@db/schema';
import { maskIdNumber, parseIdNumber } from '@rules/idNumber';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { limitedIdLookup } from '../../people/lookupLimit';
import { masksIds, searchCondition } from '../../people/query';
import { createPerson } from '../../people/service';
import { insertRecords } from '../../records/bulk';
import { rowRead, valueRead } from '../../records/reads';
import { voidRecord } from '../../records/write';
import { officeCodeOf, OWN_OFFICE } from '../../stock/office';
import { courseDetail, findCourse } from './read';

/** A search shows this many people; the trainer narrows it or pastes ID numbers. */
export const MAX_SEARCH_RESULTS = 200;

type StoredCandidate = Pick<typeof people.$inferSelect, 'name' | 'gender' | 'idNumber' | 'township' | 'workUnit'> & {
  personId: string;
};

const CANDIDATE_COLUMNS =
  'p.id AS personId, p.name, p.gender, p.id_number AS idNumber, p.township, p.work_unit AS workUnit';
/** Candidates by one of the few search conditions people/query.ts builds, its parameters after the office. */
const candidatesWhere = (condition: string) =>
  rowRead<StoredCandidate, unknown[]>(
    `SELECT ${CANDIDATE_COLUMNS} FROM people p WHERE p.${OWN_OFFICE} AND p.voided = 0 AND ${condition}
    ORDER BY p.pinyin_full LIMIT ${MAX_SEARCH_RESULTS + 1}`,
  );
const CANDIDATE_BY_ID_NUMBER = rowRead<StoredCandidate, [idNumber: string]>(
  `SELECT ${CANDIDATE_COLUMNS} FROM people p WHERE p.${OWN_OFFICE} AND p.id_number = ? AND p.voided = 0`,
);
const ENROLLED = valueRead<string, [courseId: string]>(
  'SELECT person_id FROM training_enrolments WHERE course_id = ? AND voided = 0',
);
const LIVE_PERSON_NAME = valueRead<string, [personId: string]>(
  `SELECT name FROM people WHERE id = ? AND voided = 0 AND ${OWN_OFFICE}`,
);
const CERTIFICATE_OF_ENROLMENT = valueRead<number, [enrolmentId: string]>(
  'SELECT 1 FROM training_certificates WHERE enrolment_id = ? AND voided = 0',
);
const COURSE_OF_ENROLMENT = valueRead<string, [enrolmentId: string]>(
  'SELECT course_id FROM training_enrolments WHERE id = ?',
);

export function enrolledIds(ctx: CoreContext, courseId: string): Set<string> {
  return new Set(ENROLLED.on(ctx.store.sqlite).all(courseId));
}

function bySearch(ctx: CoreContext, search: string, masked: boolean): StoredCandidate[] {
  const condition = searchCondition(search, masked);
  if (!condition) return [];
  return candidatesWhere(condition.sql)
    .on(ctx.store.sqlite)
    .all(...condition.params);
}

/** Each pasted token (lines, or commas/tabs/spaces within a line) is reported by its line when it names nobody. */
function byIdNumbers(ctx: CoreContext, text: string, unmatched: TraineeCandidates['unmatched']): StoredCandidate[] {
  const find = CANDIDATE_BY_ID_NUMBER.on(ctx.store.sqlite);
  const masked = masksIds(ctx);
  const found: StoredCandidate[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    for (const token of lineText.split(/[,，;；\t ]+/).filter(Boolean)) {
      const parsed = parseIdNumber(token);
      if (!parsed.ok) {
        unmatched.push({ line: index + 1, text: token, code: parsed.code });
        continue;
      }
      const lookUp = () => find.get(parsed.idNumber);
      const person = masked ? limitedIdLookup(ctx, parsed.idNumber, lookUp) : lookUp();
      if (person) found.push(person);
      else unmatched.push({ line: index + 1, text: maskIdNumber(parsed.idNumber), code: 'PERSON_NOT_FOUND' });
    }
  });
  return found;
}

export function traineeCandidates(
  ctx: CoreContext,
  courseId: string | undefined,
  query: { search?: string; idNumbers?: string },
): TraineeCandidates {
  if (courseId) findCourse(ctx, courseId);
  const masked = masksIds(ctx);
  const unmatched: TraineeCandidates['unmatched'] = [];
  const persons = query.idNumbers?.trim()
    ? byIdNumbers(ctx, query.idNumbers, unmatched)
    : bySearch(ctx, query.search ?? '', masked);
  const enrolled = courseId ? enrolledIds(ctx, courseId) : new Set<string>();
  const seen = new Set<string>();
  const candidates = persons
    .filter((person) => !seen.has(person.personId) && seen.add(person.personId))
    .map((person) => ({
      ...person,
      idNumber: masked ? maskIdNumber(person.idNumber) : person.idNumber,
      enrolled: enrolled.has(person.personId),
    }));
  const truncated = !query.idNumbers?.trim() && candidates.length > MAX_SEARCH_RESULTS;
  return { candidates: candidates.slice(0, truncated ? MAX_SEARCH_RESULTS : undefined), unmatched, truncated };
}

export function openCourse(ctx: CoreContext, courseId: string) {
  const course = findCourse(ctx, courseId);
  if (course.voided) fail('RECORD_VOIDED', { id: courseId });
  return course;
}

/** Adds the people; those already on the course are refused and named. */
export function addTrainees(ctx: CoreContext, courseId: string, personIds: readonly string[]): TraineesAdded {
  const course = openCourse(ctx, courseId);
  const enrolled = enrolledIds(ctx, courseId);
  const person = LIVE_PERSON_NAME.on(ctx.store.sqlite);
  const refused: TraineesAdded['refused'] = [];
  const adding: string[] = [];
  for (const personId of new Set(personIds)) {
    const name = person.get(personId);
    if (name === undefined) fail('NOT_FOUND', { what: 'person', id: personId });
    if (enrolled.has(personId)) refused.push({ personId, name, code: 'TRAINEE_ALREADY_ENROLLED' });
    else adding.push(personId);
  }
  if (adding.length === 0 && refused.length > 0)
    fail('TRAINEE_ALREADY_ENROLLED', { names: refused.map((r) => r.name).join('、') });
  insertRecords(
    ctx,
    trainingEnrolments,
    officeCodeOf(ctx),
    adding.map((personId) => ({ courseId, personId, attendance: '', theoryScore: null, skillResults: '{}' })),
  );
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'training_enrolments',
    recordId: courseId,
    after: { added: adding.length, refused: refused.length },
  });
  const total = course.trainees + adding.length;
  return {
    added: adding.length,
    refused,
    overCapacity: course.capacity !== null && total > course.capacity,
    detail: courseDetail(ctx, courseId),
  };
}

/** The person goes into the registry first (same checks and duplicate refusal as the people form), then the course. */
export function addNewTrainee(ctx: CoreContext, input: NewTraineeInput): NewTraineeResult {
  openCourse(ctx, input.courseId);
  const { person, warnings } = createPerson(ctx, input.person, input.acceptWarnings ?? false);
  const { detail } = addTrainees(ctx, input.courseId, [person.id]);
  return { person, warnings, detail };
}

export function removeTrainee(ctx: CoreContext, enrolmentId: string, reason: string) {
  const courseId = COURSE_OF_ENROLMENT.on(ctx.store.sqlite).get(enrolmentId);
  if (!courseId) fail('NOT_FOUND', { what: 'trainee', id: enrolmentId });
  const certified = CERTIFICATE_OF_ENROLMENT.on(ctx.store.sqlite).get(enrolmentId);
  if (certified !== undefined) fail('TRAINEE_HAS_CERTIFICATE');
  voidRecord(ctx, trainingEnrolments, enrolmentId, reason);
  return courseDetail(ctx, courseId);
}
