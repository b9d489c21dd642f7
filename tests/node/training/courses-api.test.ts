// Training courses through the router as each role: a trainer creates courses and enters results, a viewer
// reads only, numbers never repeat, a person is enrolled once, instructors are checked and confirmed.
import { describe, expect, it } from 'vitest';
import type { CourseDetail, CourseRow, TraineesAdded, TraineeCandidates } from '@core/training/courses/contract';
import { trainingOffice, valueOf } from './course-support';

const USERS = {
  trainer: ['trainer'],
  viewer: ['viewer'],
  clerk: ['clerk'],
  head: ['approver'],
} as const;

const courseInput = (kindId: string, overrides: Record<string, unknown> = {}) => ({
  kindId,
  title: '2026年第一期救护员培训班',
  startDate: '2026-05-06',
  endDate: '2026-05-07',
  sessions: 4,
  sector: 'community',
  township: '项里街道',
  capacity: 30,
  ...overrides,
});

describe('training courses through the router', () => {
  it('a trainer creates courses numbered per office and year; numbers are never reused; a viewer cannot write', async () => {
    const office = await trainingOffice({ ...USERS });
    const rescuer = office.kind('rescuer').id;
    const first = valueOf(await office.call<CourseDetail>('trainer', 'training.courses.create', courseInput(rescuer)));
    const second = valueOf(await office.call<CourseDetail>('trainer', 'training.courses.create', courseInput(rescuer)));
    expect([first.course.number, second.course.number]).toEqual(['321302-2026-001', '321302-2026-002']);
    valueOf(await office.call('trainer', 'training.courses.void', { id: second.course.id, reason: '重复录入' }));
    const third = valueOf(await office.call<CourseDetail>('trainer', 'training.courses.create', courseInput(rescuer)));
    expect(third.course.number).toBe('321302-2026-003');
    const nextYear = valueOf(
      await office.call<CourseDetail>(
        'trainer',
        'training.courses.create',
        courseInput(rescuer, { startDate: '2027-01-05', endDate: '2027-01-05' }),
      ),
    );
    expect(nextYear.course.number).toBe('321302-2027-001');

    expect(await office.call('viewer', 'training.courses.create', courseInput(rescuer))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await office.call('clerk', 'training.courses.create', courseInput(rescuer))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const listed = valueOf(await office.call<CourseRow[]>('viewer', 'training.courses.list', { year: 2026 }));
    expect(listed.map((c) => c.number)).toEqual(['321302-2026-003', '321302-2026-001']);
    expect(
      await office.call('trainer', 'training.courses.create', courseInput(rescuer, { endDate: '2026-05-01' })),
    ).toMatchObject({ ok: false, error: { code: 'COURSE_INVALID' } });
  });

  it('a person enrolled twice is refused by name; pasted unknown numbers come back; capacity warns', async () => {
    const office = await trainingOffice({ ...USERS });
    const course = valueOf(
      await office.call<CourseDetail>(
        'trainer',
        'training.courses.create',
        courseInput(office.kind('rescuer').id, { capacity: 3 }),
      ),
    );
    const courseId = course.course.id;
    const [a, b, c, d] = office.people;
    const pasted = valueOf(
      await office.call<TraineeCandidates>('trainer', 'training.courses.candidates', {
        courseId,
        idNumbers: `${a!.idNumber}\n110101199003070000\n${b!.idNumber}`,
      }),
    );
    expect(pasted.candidates.map((p) => p.name)).toEqual([a!.name, b!.name]);
    expect(pasted.unmatched).toEqual([{ line: 2, text: '110101199003070000', code: expect.any(String) }]);
    const added = valueOf(
      await office.call<TraineesAdded>('trainer', 'training.courses.addTrainees', {
        courseId,
        personIds: [a!.id, b!.id, c!.id],
      }),
    );
    expect(added).toMatchObject({ added: 3, refused: [], overCapacity: false });
    const again = valueOf(
      await office.call<TraineesAdded>('trainer', 'training.courses.addTrainees', {
        courseId,
        personIds: [a!.id, d!.id],
      }),
    );
    expect(again).toMatchObject({
      added: 1,
      refused: [{ name: a!.name, code: 'TRAINEE_ALREADY_ENROLLED' }],
      overCapacity: true,
    });
    expect(
      await office.call('trainer', 'training.courses.addTrainees', { courseId, personIds: [b!.id] }),
    ).toMatchObject({ ok: false, error: { code: 'TRAINEE_ALREADY_ENROLLED', details: { names: b!.name } } });
    const found = valueOf(
      await office.call<TraineeCandidates>('trainer', 'training.courses.candidates', {
        courseId,
        search: a!.name,
      }),
    );
    expect(found.candidates.find((p) => p.personId === a!.id)).toMatchObject({ enrolled: true });

    const trainee = again.detail.trainees.find((t) => t.personId === d!.id)!;
    const removed = valueOf(
      await office.call<CourseDetail>('trainer', 'training.courses.removeTrainee', {
        enrolmentId: trainee.enrolmentId,
        reason: '本人未到',
      }),
    );
    expect(removed.counts.trainees).toBe(3);
  });

  it('a new person is added to the registry with its ID check and enrolled at once', async () => {
    const office = await trainingOffice({ ...USERS });
    const course = valueOf(
      await office.call<CourseDetail>('trainer', 'training.courses.create', courseInput(office.kind('rescuer').id)),
    );
    const bad = await office.call('trainer', 'training.courses.addNewTrainee', {
      courseId: course.course.id,
      person: { name: '王新', idNumber: '321302199001011235' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'PERSON_INVALID' } });
    const good = valueOf(
      await office.call<{ detail: CourseDetail }>('trainer', 'training.courses.addNewTrainee', {
        courseId: course.course.id,
        person: { name: '王新', idNumber: '11010519491231002X', workUnit: '宿城区第一小学' },
      }),
    );
    expect(good.detail.trainees).toMatchObject([{ name: '王新', workUnit: '宿城区第一小学' }]);
    const existing = office.people[0]!;
    expect(
      await office.call('trainer', 'training.courses.addNewTrainee', {
        courseId: course.course.id,
        person: { name: existing.name, idNumber: existing.idNumber },
      }),
    ).toMatchObject({ ok: false, error: { code: 'ID_DUPLICATE' } });
  });

  it('an instructor without a valid 救护师资 certificate needs an approver before results are entered', async () => {
    const office = await trainingOffice({ ...USERS });
    const [certified, expired, uncertified, trainee] = office.people;
    office.certifyInstructor(certified!.id, '2024-01-10', '2027-01-09');
    office.certifyInstructor(expired!.id, '2023-01-10', '2026-05-06');
    const created = valueOf(
      await office.call<CourseDetail>(
        'trainer',
        'training.courses.create',
        courseInput(office.kind('rescuer').id, { instructorIds: [certified!.id, expired!.id, uncertified!.id] }),
      ),
    );
    expect(created.instructors.map((i) => i.certified)).toEqual([true, false, false]);
    expect(created.problems).toEqual([
      { code: 'INSTRUCTOR_NOT_CERTIFIED', personId: expired!.id, name: expired!.name },
      { code: 'INSTRUCTOR_NOT_CERTIFIED', personId: uncertified!.id, name: uncertified!.name },
    ]);
    expect(created.resultsOpen).toBe(false);
    const { detail } = valueOf(
      await office.call<TraineesAdded>('trainer', 'training.courses.addTrainees', {
        courseId: created.course.id,
        personIds: [trainee!.id],
      }),
    );
    const row = detail.trainees[0]!;
    const score = { courseId: created.course.id, rows: [{ ...row, theoryScore: 90 }] };
    expect(await office.call('trainer', 'training.courses.saveResults', score)).toMatchObject({
      ok: false,
      error: { code: 'INSTRUCTORS_NOT_CONFIRMED' },
    });
    const attendance = {
      courseId: created.course.id,
      rows: [{ enrolmentId: row.enrolmentId, rowVersion: row.rowVersion, attendance: 'PPPP' }],
    };
    const marked = valueOf(
      await office.call<{ trainees: { rowVersion: number }[] }>('trainer', 'training.courses.saveResults', attendance),
    );
    const confirm = { id: created.course.id, rowVersion: detail.course.rowVersion };
    expect(await office.call('trainer', 'training.courses.confirmInstructors', confirm)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const confirmed = valueOf(await office.call<CourseDetail>('head', 'training.courses.confirmInstructors', confirm));
    expect(confirmed).toMatchObject({ problems: [], resultsOpen: true, course: { instructorsConfirmedBy: 'head' } });
    const saved = await office.call('trainer', 'training.courses.saveResults', {
      courseId: created.course.id,
      rows: [{ enrolmentId: row.enrolmentId, rowVersion: marked.trainees[0]!.rowVersion, theoryScore: 90 }],
    });
    expect(saved).toMatchObject({ ok: true, value: { trainees: [{ theoryScore: 90, attendance: 'PPPP' }] } });

    // New dates ask again: the confirmation covered the dates it was given for.
    const moved = valueOf(
      await office.call<CourseDetail>('trainer', 'training.courses.update', {
        id: created.course.id,
        rowVersion: confirmed.course.rowVersion,
        patch: { startDate: '2026-06-01', endDate: '2026-06-02' },
      }),
    );
    expect(moved.resultsOpen).toBe(false);
    expect(moved.instructors.map((i) => i.certified)).toEqual([true, false, false]);
  });

  it('ID numbers are masked for roles that may not see them', async () => {
    const office = await trainingOffice({ ...USERS });
    const course = valueOf(
      await office.call<CourseDetail>('trainer', 'training.courses.create', courseInput(office.kind('rescuer').id)),
    );
    const person = office.people[0]!;
    await office.call('trainer', 'training.courses.addTrainees', {
      courseId: course.course.id,
      personIds: [person.id],
    });
    const asViewer = await office.call('viewer', 'training.courses.get', { id: course.course.id });
    const asTrainer = await office.call('trainer', 'training.courses.get', { id: course.course.id });
    const asClerk = valueOf(await office.call<CourseDetail>('clerk', 'training.courses.get', { id: course.course.id }));
    expect(JSON.stringify(asViewer)).not.toContain(person.idNumber);
    expect(JSON.stringify(asTrainer)).not.toContain(person.idNumber);
    expect(asClerk.trainees[0]!.idNumber).toBe(person.idNumber);
  });
});
