// Training travels up with the registry: a county's kinds, course, trainee and certificate arrive in the city under
// that county, and a certificate pointing at another county's person is refused like any foreign reference.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importPackage } from '@core/exchange/inbox';
import { exchangeTables } from '@core/exchange/tables';
import type { ExchangeRecord } from '@core/exchange/types';
import { insertRecords } from '@core/records/bulk';
import { seedTrainingDefaults } from '@core/training/kinds/defaults';
import { trainingCertificates, trainingCourses, trainingEnrolments } from '@db/schema';
import { DEFAULT_KIND_ALIASES, DEFAULT_KINDS } from '@rules/training/kinds';
import {
  addGenerated,
  CITY,
  cityWith,
  COUNTY,
  exportTo,
  importCraftedNext,
  type Office,
  OTHER_COUNTY,
  tableRecordsOf,
} from '../exchange/exchange-apply-support';

const kindId = (o: Office, code: string) =>
  o.store.sqlite.prepare('SELECT id FROM training_kinds WHERE code = ?').pluck().get(code) as string;

/** A 救护员 course of one trainee who passed, and the certificate issued to her. */
function certified(county: Office, personId: string) {
  const ctx = county.ctx(['trainer'], 'training.test');
  seedTrainingDefaults(ctx, county.code);
  const rescuer = kindId(county, 'rescuer');
  const [courseId] = insertRecords(ctx, trainingCourses, county.code, [
    {
      number: `${county.code}-2026-001`,
      kindId: rescuer,
      title: '救护员培训班',
      startDate: '2026-05-06',
      endDate: '2026-05-07',
      sessions: 4,
      sector: 'community',
    },
  ]);
  const [enrolmentId] = insertRecords(ctx, trainingEnrolments, county.code, [
    { courseId: courseId!, personId, attendance: 'PPPP', theoryScore: 92, skillResults: '{"CPR":true}' },
  ]);
  const [certificateId] = insertRecords(ctx, trainingCertificates, county.code, [
    {
      number: `${county.code}-2026-000001X`,
      personId,
      kindId: rescuer,
      courseId,
      enrolmentId,
      source: 'course',
      issueDate: '2026-05-07',
      expiryDate: '2029-05-06',
      sector: 'community',
    },
  ]);
  return { courseId: courseId!, certificateId: certificateId! };
}

describe('training in packages', () => {
  it('registers the training tables after the people they point at, each after what it names', () => {
    const names = exchangeTables().map((t) => t.name);
    const order = ['people', 'training_kinds', 'training_courses', 'training_enrolments', 'training_certificates'];
    for (let n = 1; n < order.length; n++) expect(names.indexOf(order[n - 1]!)).toBeLessThan(names.indexOf(order[n]!));
    expect(names).not.toContain('person_photos');
    expect(names).not.toContain('training_sequences');
  });

  it("carries a county's kinds, course, trainee and certificate to the city, under that county", async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const [personId] = addGenerated(county!, 1);
    const { certificateId } = certified(county!, personId!);

    const outcome = await importPackage(city.ctx(), await exportTo(county!, CITY));

    expect(outcome).toMatchObject({
      status: 'applied',
      summary: {
        training_kinds: { new: DEFAULT_KINDS.length },
        training_kind_aliases: { new: Object.keys(DEFAULT_KIND_ALIASES).length },
        training_courses: { new: 1 },
        training_enrolments: { new: 1 },
        training_certificates: { new: 1 },
      },
    });
    const stored = city.store.sqlite
      .prepare('SELECT office_code, number, person_id FROM training_certificates WHERE id = ?')
      .get(certificateId);
    expect(stored).toEqual({ office_code: COUNTY, number: `${COUNTY}-2026-000001X`, person_id: personId });
    // The city itself starts with no kinds of its own: it sees the counties'.
    const cityKinds = city.store.sqlite.prepare('SELECT count(*) FROM training_kinds WHERE office_code = ?');
    expect(cityKinds.pluck().get(CITY)).toBe(0);
  });

  it("refuses a certificate whose holder is another county's person, and changes nothing", async () => {
    const {
      city,
      counties: [county, other],
    } = cityWith(COUNTY, OTHER_COUNTY);
    const [theirs] = addGenerated(other!, 1, 11);
    expect(await importPackage(city.ctx(), await exportTo(other!, CITY))).toMatchObject({ status: 'applied' });
    const [ours] = addGenerated(county!, 1);
    certified(county!, ours!);
    const first = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(first).toMatchObject({ status: 'applied' });

    const mine = tableRecordsOf(county!, 'training_certificates')[0]!;
    const forged: ExchangeRecord = {
      ...mine,
      id: randomUUID(),
      rowVersion: 1,
      fields: { ...mine.fields, number: `${COUNTY}-2026-000002Y`, person_id: theirs },
    };
    const { outcome, digestBefore, digestAfter } = await importCraftedNext(county!, city, [forged]);
    expect(outcome).toMatchObject({
      status: 'rejected',
      code: 'PKG_REFERENCE_FOREIGN',
      details: { table: 'training_certificates', column: 'person_id', rule: 'foreign' },
    });
    expect(digestAfter).toBe(digestBefore);
  });
});
