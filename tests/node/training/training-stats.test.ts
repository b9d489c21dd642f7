// Statistics of a small year counted by hand: which courses, attendances, certificates and holders count, in
// total, by township (with the population share), by sector and by month; the target's progress; the CLI's
// `training stats --year` object; and who may read them.
import { describe, expect, it } from 'vitest';
import { trainingStats } from '@core/training/stats/stats';
import { seedPeople } from '../../fixtures/registryPeople';
import { addCertificate, addCourse, kindIds, setPopulation, setTarget } from '../../fixtures/trainingRecords';
import { runCli } from '../cli-support';
import { officeBackend } from '../support';

/** The year written out in the test's comments: 10 people p0..p9, 6 courses, 11 certificates. */
function handCountedYear() {
  const office = officeBackend();
  const admin = office.as(['admin']);
  const kind = kindIds(admin);
  const p = seedPeople(office.store, 10).map((person) => person.id);
  const cert = (n: number, rest: Omit<Parameters<typeof addCertificate>[1], 'number'>) =>
    addCertificate(admin, { number: `LEGACY-${n}`, ...rest });
  // Courses: 4 held in 2025 (C4 is in 2024, C5 voided). 普及: 120 (head count) + 3 (trainees, head count ignored) + 30.
  addCourse(admin, {
    kindId: kind.popular!,
    startDate: '2025-03-10',
    township: 'A镇',
    sector: 'community',
    headCount: 120,
  });
  addCourse(admin, {
    kindId: kind.popular!,
    startDate: '2025-06-01',
    township: 'B镇',
    sector: 'school',
    headCount: 50,
    trainees: [p[0]!, p[1]!, p[2]!],
  });
  addCourse(admin, {
    kindId: kind.rescuer!,
    startDate: '2025-06-15',
    township: 'A镇',
    sector: 'enterprise',
    trainees: [p[3]!, p[4]!],
    instructors: [p[9]!, p[8]!],
  });
  addCourse(admin, { kindId: kind.rescuer!, startDate: '2024-12-20', township: 'A镇', instructors: [p[7]!] });
  addCourse(admin, {
    kindId: kind.rescuer!,
    startDate: '2025-09-01',
    township: 'A镇',
    voided: true,
    instructors: [p[6]!],
  });
  addCourse(admin, {
    kindId: kind.popular!,
    startDate: '2025-12-31',
    township: 'B镇',
    sector: 'school',
    headCount: 30,
    instructors: [p[9]!],
  });
  const R = kind.rescuer!;
  cert(1, {
    personId: p[3]!,
    kindId: R,
    issueDate: '2025-06-20',
    expiryDate: '2028-06-19',
    township: 'A镇',
    sector: 'enterprise',
  });
  cert(2, {
    personId: p[4]!,
    kindId: R,
    issueDate: '2025-06-20',
    expiryDate: '2028-06-19',
    township: 'A镇',
    sector: 'enterprise',
    revoked: true,
  });
  const k3 = cert(3, {
    personId: p[5]!,
    kindId: R,
    issueDate: '2022-03-01',
    expiryDate: '2025-02-28',
    township: 'B镇',
    sector: 'community',
  });
  cert(4, {
    personId: p[5]!,
    kindId: R,
    issueDate: '2025-02-20',
    expiryDate: '2028-02-19',
    township: 'B镇',
    sector: 'community',
    previousId: k3,
  });
  cert(5, {
    personId: p[6]!,
    kindId: R,
    issueDate: '2023-05-06',
    expiryDate: '2026-05-05',
    township: 'B镇',
    sector: 'rural',
  });
  cert(6, {
    personId: p[7]!,
    kindId: R,
    issueDate: '2022-01-10',
    expiryDate: '2025-01-09',
    township: 'A镇',
    sector: 'rural',
  });
  cert(7, {
    personId: p[0]!,
    kindId: kind.instructor!,
    issueDate: '2025-11-11',
    expiryDate: '2028-11-10',
    township: 'B镇',
    sector: 'school',
  });
  cert(8, {
    personId: p[0]!,
    kindId: R,
    issueDate: '2025-12-01',
    expiryDate: '2028-11-30',
    township: 'B镇',
    sector: 'school',
  });
  cert(9, {
    personId: p[1]!,
    kindId: R,
    issueDate: '2025-07-01',
    expiryDate: '2028-06-30',
    township: 'A镇',
    voided: true,
  });
  cert(10, { personId: p[2]!, kindId: R, issueDate: '2026-01-05', expiryDate: '2029-01-04', township: 'A镇' });
  cert(11, { personId: p[8]!, kindId: R, issueDate: '2025-12-31', expiryDate: '2028-12-30' });
  setPopulation(admin, 'A镇', 1000);
  setPopulation(admin, 'B镇', 2000);
  setTarget(admin, 2025, 8);
  return { office, admin };
}

const zero = {
  coursesHeld: 0,
  popularAttendances: 0,
  certificatesIssued: 0,
  personsCertified: 0,
  renewals: 0,
  instructorsActive: 0,
  personsWithValidCertificate: 0,
};

describe('training statistics', () => {
  it('counts a hand-computed year exactly, in total, by township, sector and month', () => {
    const { admin } = handCountedYear();
    const s = trainingStats(admin, { year: 2025 });
    expect(s.total).toEqual({
      coursesHeld: 4, // C1, C2, C3, C6
      popularAttendances: 153, // 120 + 3 + 30
      certificatesIssued: 6, // K1, K2 (revoked still issued), K4, K7, K8, K11
      personsCertified: 4, // p3, p4, p0 (K7 first), p8
      renewals: 1, // K4
      instructorsActive: 2, // p9, p8
      personsWithValidCertificate: 5, // p3, p5, p6, p0, p8
    });
    expect(s).toMatchObject({ from: '2025-01-01', to: '2025-12-31', certifiedTarget: 8, targetProgress: 50 });
    expect(s).toMatchObject({ population: 3000, validShare: 0.17 }); // 5 / 3000
    expect(s.byTownship).toEqual([
      {
        township: 'B镇',
        officeCode: null,
        officeName: null,
        population: 2000,
        validShare: 0.15, // p5, p6, p0
        coursesHeld: 2,
        popularAttendances: 33,
        certificatesIssued: 3,
        personsCertified: 1,
        renewals: 1,
        instructorsActive: 1,
        personsWithValidCertificate: 3,
      },
      {
        township: 'A镇',
        officeCode: null,
        officeName: null,
        population: 1000,
        validShare: 0.1, // p3
        coursesHeld: 2,
        popularAttendances: 120,
        certificatesIssued: 2,
        personsCertified: 2,
        renewals: 0,
        instructorsActive: 2,
        personsWithValidCertificate: 1,
      },
      {
        township: null,
        officeCode: null,
        officeName: null,
        population: null,
        validShare: null,
        ...zero,
        certificatesIssued: 1,
        personsCertified: 1,
        personsWithValidCertificate: 1,
      },
    ]);
    const sector = Object.fromEntries(s.bySector.map(({ sector, ...f }) => [sector ?? 'none', f]));
    expect(sector.community).toEqual({
      ...zero,
      coursesHeld: 1,
      popularAttendances: 120,
      certificatesIssued: 1,
      renewals: 1,
      personsWithValidCertificate: 1,
    });
    expect(sector.school).toEqual({
      ...zero,
      coursesHeld: 2,
      popularAttendances: 33,
      certificatesIssued: 2,
      personsCertified: 1,
      instructorsActive: 1,
      personsWithValidCertificate: 1,
    });
    expect(sector.enterprise).toEqual({
      ...zero,
      coursesHeld: 1,
      certificatesIssued: 2,
      personsCertified: 2,
      instructorsActive: 2,
      personsWithValidCertificate: 1,
    });
    expect(sector.rural).toEqual({ ...zero, personsWithValidCertificate: 1 });
    expect(sector.none).toEqual({
      ...zero,
      certificatesIssued: 1,
      personsCertified: 1,
      personsWithValidCertificate: 1,
    });
    expect(s.bySector.map((r) => r.sector)).toEqual([
      'community',
      'rural',
      'school',
      'government',
      'enterprise',
      'family',
      'other',
      null,
    ]);
    expect(s.byMonth).toHaveLength(12);
    const month = Object.fromEntries(s.byMonth.map(({ month, ...f }) => [month, f]));
    expect(month['2025-02']).toEqual({
      coursesHeld: 0,
      popularAttendances: 0,
      certificatesIssued: 1,
      personsCertified: 0,
      renewals: 1,
    });
    expect(month['2025-06']).toEqual({
      coursesHeld: 2,
      popularAttendances: 3,
      certificatesIssued: 2,
      personsCertified: 2,
      renewals: 0,
    });
    expect(month['2025-12']).toEqual({
      coursesHeld: 1,
      popularAttendances: 30,
      certificatesIssued: 2,
      personsCertified: 1,
      renewals: 0,
    });
    expect(s.byOffice).toEqual([{ officeCode: '321302', officeName: '宿城区红十字会', ...s.total }]);
  });

  it('keeps two counties’ townships of the same name apart when the city reads every county together', () => {
    const city = officeBackend('city', '321300');
    const admin = city.as(['admin']);
    const p = seedPeople(city.store, 3).map((person) => person.id);
    for (const [n, office] of [
      [0, '321302'],
      [1, '321311'],
      [2, '321311'],
    ] as const) {
      const kind = kindIds(admin, office);
      addCertificate(
        admin,
        {
          number: `C-${n}`,
          personId: p[n]!,
          kindId: kind.rescuer!,
          issueDate: '2025-03-01',
          expiryDate: '2028-02-28',
          township: '城南街道',
        },
        office,
      );
    }
    setPopulation(admin, '城南街道', 1000, '321302');
    setPopulation(admin, '城南街道', 400, '321311');
    const s = trainingStats(admin, { year: 2025 });
    expect(s.byTownship.map((r) => [r.officeCode, r.township, r.certificatesIssued, r.population])).toEqual([
      ['321311', '城南街道', 2, 400],
      ['321302', '城南街道', 1, 1000],
    ]);
    const county = trainingStats(admin, { year: 2025, officeCode: '321311' });
    expect(county.byTownship.map((r) => [r.officeCode, r.township, r.certificatesIssued, r.population])).toEqual([
      [null, '城南街道', 2, 400],
    ]);
  });

  it('a date range has no target; its end day decides who holds a valid certificate', () => {
    const { admin } = handCountedYear();
    const s = trainingStats(admin, { from: '2025-01-01', to: '2025-06-30' });
    expect(s.certifiedTarget).toBeNull();
    // At 2025-06-30: K1 p3, K4 p5, K5 p6 (K3 expired 02-28, K2 revoked).
    expect(s.total).toMatchObject({
      coursesHeld: 3,
      popularAttendances: 123,
      certificatesIssued: 3,
      personsCertified: 2,
      personsWithValidCertificate: 3,
    });
  });

  it('the CLI prints exactly the year object, and a viewer may read while a county may not read another office', async () => {
    const { office } = handCountedYear();
    office.addUser('viewer1', ['viewer'], 'viewer-pass-1');
    const run = runCli(office.backend.dataDir, ['training', 'stats', '--year', '2025', '--json'], {
      BOAI_USER: 'viewer1',
      BOAI_PASSWORD: 'viewer-pass-1',
    });
    expect(run.status).toBe(0);
    const printed = run.json();
    expect(Object.keys(printed)).toEqual([
      'year',
      'coursesHeld',
      'popularAttendances',
      'certificatesIssued',
      'personsCertified',
      'renewals',
      'personsWithValidCertificateAtYearEnd',
      'byTownship',
      'bySector',
    ]);
    expect(printed).toMatchObject({
      year: 2025,
      coursesHeld: 4,
      popularAttendances: 153,
      certificatesIssued: 6,
      personsCertified: 4,
      renewals: 1,
      personsWithValidCertificateAtYearEnd: 5,
    });
    const other = runCli(office.backend.dataDir, [
      'training',
      'stats',
      '--year',
      '2025',
      '--office',
      '321311',
      '--json',
    ]);
    expect(other.status).toBe(1);
    expect(other.json()).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
