// Attendance and exam results: eligibility from absence hours, passed = eligible, theory at the pass mark and
// every skill passed; the course list's SQL count agrees with the detail; a stale row is refused. Kind settings.
import { describe, expect, it } from 'vitest';
import type { CourseDetail, CourseRow, ResultsSaved, TraineesAdded } from '@core/training/courses/contract';
import type { TrainingKindRow } from '@core/training/kinds/contract';
import { traineeResult } from '@rules/training/results';
import { trainingOffice, valueOf } from './course-support';

const SKILLS = ['CPR', 'AED', '止血', '包扎', '固定', '搬运'];
const allPassed = Object.fromEntries(SKILLS.map((s) => [s, true]));
const kind = { passMark: 80, skills: SKILLS, absenceLimitHours: 4 };

describe('trainee results', () => {
  it('derives eligibility and the result from attendance, theory and skills', () => {
    const exam = (attendance: string, theoryScore: number | null, skills: Record<string, boolean> = allPassed) =>
      traineeResult({ attendance, theoryScore, skillResults: skills }, kind);
    expect(exam('PPPP', 80)).toBe('passed');
    expect(exam('PAPP', 95)).toBe('passed'); // one half-day absent = 4 hours, the limit
    expect(exam('PAAP', 95)).toBe('ineligible');
    expect(exam('PPPP', 79)).toBe('failed');
    expect(exam('PPPP', 100, { ...allPassed, AED: false })).toBe('failed');
    expect(exam('PPPP', null)).toBe('pending');
    expect(exam('PPPP', 90, { CPR: true })).toBe('pending');
    expect(exam('PP--', 50, {})).toBe('failed');
  });

  it('saves grid rows through the router; the list counts what the detail derives; a stale row is refused', async () => {
    const office = await trainingOffice({ trainer: ['trainer'], viewer: ['viewer'] });
    const created = valueOf(
      await office.call<CourseDetail>('trainer', 'training.courses.create', {
        kindId: office.kind('rescuer').id,
        title: '救护员培训',
        startDate: '2026-03-02',
        endDate: '2026-03-03',
        sessions: 4,
        sector: 'school',
      }),
    );
    const courseId = created.course.id;
    const { detail } = valueOf(
      await office.call<TraineesAdded>('trainer', 'training.courses.addTrainees', {
        courseId,
        personIds: office.people.slice(0, 5).map((p) => p.id),
      }),
    );
    const rows = detail.trainees.map((t, n) => ({
      enrolmentId: t.enrolmentId,
      rowVersion: t.rowVersion,
      attendance: n === 3 ? 'PAAP' : 'PPPP',
      theoryScore: n === 1 ? 60 : 88,
      skillResults: n === 2 ? { ...allPassed, 包扎: false } : allPassed,
    }));
    const saved = valueOf(
      await office.call<ResultsSaved>('trainer', 'training.courses.saveResults', { courseId, rows }),
    );
    expect(saved.trainees.map((t) => t.result)).toEqual(['passed', 'failed', 'failed', 'ineligible', 'passed']);
    expect(saved.trainees[3]).toMatchObject({ absenceHours: 8, eligible: false });
    expect(saved.counts).toMatchObject({ trainees: 5, passed: 2, failed: 2, ineligible: 1, pending: 0 });
    const listed = valueOf(await office.call<CourseRow[]>('viewer', 'training.courses.list', {}));
    expect(listed[0]).toMatchObject({ trainees: 5, passed: 2 });

    expect(
      await office.call('trainer', 'training.courses.saveResults', {
        courseId,
        rows: [{ ...rows[0]!, theoryScore: 90 }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'RECORD_CHANGED' } });
    expect(
      await office.call('trainer', 'training.courses.saveResults', {
        courseId,
        rows: [{ enrolmentId: rows[0]!.enrolmentId, rowVersion: saved.trainees[0]!.rowVersion, theoryScore: 120 }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID' } });
    expect(await office.call('viewer', 'training.courses.saveResults', { courseId, rows: [rows[0]] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('a trainer edits kinds, kind names, populations and targets; a viewer reads them', async () => {
    const office = await trainingOffice({ trainer: ['trainer'], viewer: ['viewer'] });
    const rescuer = office.kind('rescuer');
    const patch = { id: rescuer.id, rowVersion: rescuer.rowVersion, patch: { passMark: 85, skills: ['CPR', 'AED'] } };
    expect(await office.call('viewer', 'training.kinds.update', patch)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await office.call('trainer', 'training.kinds.update', patch)).toMatchObject({
      ok: true,
      value: { passMark: 85, skills: ['CPR', 'AED'] },
    });
    const own = valueOf(
      await office.call<TrainingKindRow>('trainer', 'training.kinds.create', {
        name: '心肺复苏专项',
        category: 'certified',
        nominalHours: 4,
        skills: ['CPR'],
      }),
    );
    expect(own).toMatchObject({ code: null, certificateTitle: '心肺复苏专项', validityMonths: 36, passMark: 80 });
    expect(
      await office.call('trainer', 'training.aliases.add', { alias: '红十字救护员', kindId: rescuer.id }),
    ).toMatchObject({ ok: false, error: { code: 'TRAINING_ALIAS_TAKEN' } });
    expect(
      await office.call('trainer', 'training.aliases.add', { alias: ' 红会 救护员 ', kindId: rescuer.id }),
    ).toMatchObject({ ok: true, value: { alias: '红会救护员', kindName: '救护员' } });
    await office.call('trainer', 'training.populations.set', { township: '项里街道', population: 52_000 });
    expect(
      await office.call('trainer', 'training.populations.set', { township: '项里街道', population: 53_100 }),
    ).toMatchObject({ ok: true, value: [{ township: '项里街道', population: 53_100 }] });
    await office.call('trainer', 'training.targets.set', { year: 2026, certifiedTarget: 5000, popularTarget: null });
    expect(await office.call('viewer', 'training.targets.list', {})).toMatchObject({
      ok: true,
      value: [{ year: 2026, certifiedTarget: 5000, popularTarget: null }],
    });
  });
});
