// Certificates and courses at a city's cumulative scale, written through the record layer's inserter: every person
// certified once on a day of eight years, the certificates beyond them renewals of the first ones in 2025, and
// eight years of courses (a third 普及 with a head count, the rest with twenty trainees). The training bench seeds
// one office; the report bench each county of a city.
import { trainingCourseInstructors, trainingCourses, trainingEnrolments } from '../../db/schema';
import type { CoreContext } from '../../electron/core/context';
import { recordInserter } from '../../electron/core/records/bulk';
import { sequentialUuids } from '../../electron/core/records/ids';
import { addDays } from '../../rules/dates';
import { certificateExpiry } from '../../rules/training/certificateDates';
import { TRAINING_SECTORS } from '../../rules/training/kinds';
import type { SeededPerson } from '../fixtures/registryPeople';
import { certificateInserter, kindIds } from '../fixtures/trainingRecords';

export function seededRandom(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/** 2019-01-01 plus up to eight years. */
const dayOf = (random: () => number) => addDays('2019-01-01', Math.floor(random() * 2900));

/** `certificates` certificates of `people` (renewals beyond one each) and `coursesPerYear` courses a year for eight years. */
export function seedCertificatesAndCourses(
  ctx: CoreContext,
  people: readonly SeededPerson[],
  certificates: number,
  coursesPerYear: number,
  officeCode = '321302',
): void {
  const kind = kindIds(ctx, officeCode);
  const random = seededRandom(3);
  const nextId = sequentialUuids(Date.now());
  ctx.store.sqlite.transaction(() => {
    const insert = certificateInserter(ctx, officeCode);
    const firstIds: string[] = [];
    // Everyone once; 30,000 renewed three years later, the renewal naming the first.
    for (let n = 0; n < certificates; n++) {
      const renewal = n >= people.length;
      const person = people[renewal ? n - people.length : n]!;
      const issueDate = renewal ? '2025-' + String(1 + (n % 12)).padStart(2, '0') + '-15' : dayOf(random);
      const id = nextId();
      if (!renewal) firstIds.push(id);
      insert(id, {
        number: `${officeCode}-${n}`,
        personId: person.id,
        kindId: n % 10 === 0 ? kind.primary! : kind.rescuer!,
        source: 'course',
        issueDate,
        expiryDate: certificateExpiry(issueDate),
        previousId: renewal ? firstIds[n - people.length]! : null,
        township: person.township,
        workUnit: person.workUnit,
        sector: TRAINING_SECTORS[n % TRAINING_SECTORS.length]!,
      });
    }
    const course = recordInserter(ctx, trainingCourses, officeCode, [
      'number',
      'kindId',
      'title',
      'startDate',
      'endDate',
      'sessions',
      'township',
      'sector',
      'headCount',
    ]);
    const enrol = recordInserter(ctx, trainingEnrolments, officeCode, ['courseId', 'personId']);
    const teach = recordInserter(ctx, trainingCourseInstructors, officeCode, ['courseId', 'personId']);
    for (let n = 0; n < coursesPerYear * 8; n++) {
      const id = nextId();
      const startDate = dayOf(random);
      const popular = n % 3 === 0;
      course(id, {
        number: `C-${n}`,
        kindId: popular ? kind.popular! : kind.rescuer!,
        title: `培训班 ${n}`,
        startDate,
        endDate: startDate,
        sessions: 2,
        township: people[n]!.township,
        sector: TRAINING_SECTORS[n % TRAINING_SECTORS.length]!,
        headCount: popular ? 60 : null,
      });
      if (!popular)
        for (let t = 0; t < 20; t++)
          enrol(nextId(), { courseId: id, personId: people[(n * 20 + t) % people.length]!.id });
      teach(nextId(), { courseId: id, personId: people[n % 300]!.id });
    }
  })();
}
