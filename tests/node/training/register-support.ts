// Test support for the certificate register: a county office with its signing keys and training defaults,
// users of each role signed in through the router, people from the registry, and courses with trainees and
// results written through the record layer (insertRecords) as the courses screens will write them.
import type { CoreContext } from '@core/context';
import { insertRecords } from '@core/records/bulk';
import { seedTrainingDefaults } from '@core/training/kinds/defaults';
import { trainingCourses, trainingEnrolments } from '@db/schema';
import type { Role } from '@rules/roles';
import { DEFAULT_SKILLS } from '@rules/training/kinds';
import { seedPeople, type SeededPerson } from '../../fixtures/registryPeople';
import { callerFor, officeBackend } from '../support';

export const OFFICE = '321302';

export const ROLE_USERS: Record<string, Role[]> = {
  trainer: ['trainer'],
  clerk: ['clerk'],
  viewer: ['viewer'],
  approver: ['approver'],
};

export type ApiAnswer<T = unknown> =
  { ok: true; value: T } | { ok: false; error: { code: string; details?: Record<string, unknown> } };

export async function certificateOffice(peopleCount = 40) {
  const office = officeBackend('county', OFFICE, { keys: true });
  seedTrainingDefaults(office.as(['admin'], 'test.setup'), OFFICE); // as the first-run set-up does
  const router = office.backend.router;
  const call = async <T = unknown>(user: string, method: string, input: unknown) =>
    (await router.call(method, input, callerFor(router, user))) as ApiAnswer<T>;
  const value = async <T>(user: string, method: string, input: unknown): Promise<T> => {
    const answer = await call<T>(user, method, input);
    if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
    return answer.value;
  };
  for (const [username, roles] of Object.entries({ ...ROLE_USERS, admin: ['admin'] as Role[] })) {
    if (username !== 'admin') office.addUser(username, roles, `${username}-pass-1`);
    const password = username === 'admin' ? 'admin-pass-123' : `${username}-pass-1`;
    await call(username, 'auth.login', { username, password });
  }
  const people = seedPeople(office.store, peopleCount);
  const system = office.as(['admin'], 'test.seed');
  const kindId = (code: string) =>
    office.store.sqlite.prepare('SELECT id FROM training_kinds WHERE code = ?').pluck().get(code) as string;
  return { ...office, router, call, value, people, system, kindId };
}

export type CertificateOffice = Awaited<ReturnType<typeof certificateOffice>>;

export interface TraineeResult {
  person: SeededPerson;
  /** Sessions absent (4 h each); default 0. */
  absent?: number;
  theory?: number | null;
  /** Skills failed; default none. */
  failed?: string[];
}

let courseSeq = 0;

/** A course of `kindCode` with its trainees and their results, in the record layer; returns the course id. */
export function seedCourse(
  ctx: CoreContext,
  kindId: string,
  trainees: readonly TraineeResult[],
  dates: { start: string; end: string } = { start: '2025-06-28', end: '2025-06-30' },
  sessions = 4,
): string {
  courseSeq++;
  const [courseId] = insertRecords(ctx, trainingCourses, OFFICE, [
    {
      number: `${OFFICE}-${dates.start.slice(0, 4)}-${String(courseSeq).padStart(3, '0')}-${Date.now() % 100000}`,
      kindId,
      title: `救护员培训班 ${courseSeq}`,
      startDate: dates.start,
      endDate: dates.end,
      sessions,
      venue: '区红十字会培训室',
      township: '幸福街道',
      village: null,
      sector: 'community',
      hostUnit: null,
      capacity: null,
      fundingSource: null,
      headCount: null,
      instructorsConfirmedBy: null,
      instructorsConfirmedAt: null,
      notes: null,
    },
  ]);
  insertRecords(
    ctx,
    trainingEnrolments,
    OFFICE,
    trainees.map((t) => ({
      courseId: courseId!,
      personId: t.person.id,
      attendance: 'A'.repeat(t.absent ?? 0).padEnd(sessions, 'P'),
      theoryScore: t.theory === undefined ? 90 : t.theory,
      skillResults: JSON.stringify(Object.fromEntries(DEFAULT_SKILLS.map((s) => [s, !(t.failed ?? []).includes(s)]))),
    })),
  );
  return courseId!;
}

/** A whole class passing. */
export const passing = (people: readonly SeededPerson[]): TraineeResult[] => people.map((person) => ({ person }));
