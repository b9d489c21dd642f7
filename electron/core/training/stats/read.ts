// Reads the facts the statistics are tallied from (stats/tally.ts): the period's courses with their
// trainees and instructors, the certificates issued in it, and those valid on its last day; plus the
// township populations and the year's target. One office, or (the city) every county together (office null).
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../records/statements';
import type { CourseFact, Facts, IssuedFact, ValidFact } from './tally';

export interface StatsScope {
  from: string;
  to: string;
  /** Null: every office the database holds (the city's total). */
  office: string | null;
}

// The unary + keeps SQLite off the (office_code, number) index: the date indexes narrow a period far more.
const OFFICE = '(@office IS NULL OR +x.office_code = @office)';

const COURSES = `
  SELECT x.id, x.office_code, x.township, x.sector, substr(x.start_date, 1, 7), k.category = 'popular', x.head_count,
    (SELECT count(*) FROM training_enrolments e WHERE e.course_id = x.id AND e.voided = 0)
  FROM training_courses x JOIN training_kinds k ON k.id = x.kind_id
  WHERE x.start_date BETWEEN @from AND @to AND x.voided = 0 AND ${OFFICE}`;

const INSTRUCTORS = `
  SELECT i.course_id, i.person_id FROM training_course_instructors i JOIN training_courses x ON x.id = i.course_id
  WHERE x.start_date BETWEEN @from AND @to AND x.voided = 0 AND i.voided = 0 AND ${OFFICE}`;

// A person's first certificate: none of a certified kind issued before it (voided ones never existed).
const ISSUED = `
  SELECT x.office_code, x.township, x.sector, substr(x.issue_date, 1, 7), x.person_id, x.previous_id IS NOT NULL,
    NOT EXISTS (SELECT 1 FROM training_certificates p JOIN training_kinds pk ON pk.id = p.kind_id
      WHERE p.person_id = x.person_id AND p.voided = 0 AND p.issue_date < x.issue_date AND pk.category = 'certified')
  FROM training_certificates x JOIN training_kinds k ON k.id = x.kind_id
  WHERE x.issue_date BETWEEN @from AND @to AND x.voided = 0 AND k.category = 'certified' AND ${OFFICE}`;

const VALID = `
  SELECT x.office_code, x.township, x.sector, x.person_id
  FROM training_certificates x JOIN training_kinds k ON k.id = x.kind_id
  WHERE x.expiry_date >= @to AND x.voided = 0 AND +x.issue_date <= @to AND x.revoked_at IS NULL
    AND k.category = 'certified' AND ${OFFICE}`;

type Raw = (string | number | null)[];
const text = (value: unknown) => (value as string | null) ?? null;

function rows(ctx: CoreContext, sql: string, scope: StatsScope): Raw[] {
  return cachedStatement(ctx.store.sqlite, sql).raw().all(scope) as Raw[];
}

export function readFacts(ctx: CoreContext, scope: StatsScope): Facts {
  const instructors = new Map<string, string[]>();
  for (const [courseId, personId] of rows(ctx, INSTRUCTORS, scope)) {
    const list = instructors.get(courseId as string);
    if (list) list.push(personId as string);
    else instructors.set(courseId as string, [personId as string]);
  }
  const courses = rows(ctx, COURSES, scope).map((r): CourseFact => ({
    office: r[1] as string,
    township: text(r[2]),
    sector: text(r[3]),
    month: r[4] as string,
    popular: r[5] === 1,
    headCount: r[6] as number | null,
    enrolled: r[7] as number,
    instructors: instructors.get(r[0] as string) ?? [],
  }));
  const issued = rows(ctx, ISSUED, scope).map((r): IssuedFact => ({
    office: r[0] as string,
    township: text(r[1]),
    sector: text(r[2]),
    month: r[3] as string,
    personId: r[4] as string,
    renewal: r[5] === 1,
    first: r[6] === 1,
  }));
  const valid = rows(ctx, VALID, scope).map((r): ValidFact => ({
    office: r[0] as string,
    township: text(r[1]),
    sector: text(r[2]),
    month: null,
    personId: r[3] as string,
  }));
  return { courses, issued, valid };
}

/** 户籍人口 by township (summed over the offices read). */
export function readPopulations(ctx: CoreContext, office: string | null): Map<string, number> {
  const found = cachedStatement(
    ctx.store.sqlite,
    `SELECT township, sum(population) FROM training_populations x WHERE x.voided = 0 AND ${OFFICE} GROUP BY township`,
  )
    .raw()
    .all({ office }) as [string, number][];
  return new Map(found);
}

/** The year's target of persons newly certified (summed over the offices read), or null when none is set. */
export function readCertifiedTarget(ctx: CoreContext, office: string | null, year: number): number | null {
  return cachedStatement(
    ctx.store.sqlite,
    `SELECT sum(certified_target) FROM training_targets x WHERE x.voided = 0 AND x.year = @year AND ${OFFICE}`,
  )
    .pluck()
    .get({ office, year }) as number | null;
}

/** An office's name as this database knows it (own office, else the trust list, else its code). */
export function officeName(ctx: CoreContext, code: string): string {
  return cachedStatement(
    ctx.store.sqlite,
    `SELECT coalesce((SELECT name FROM office WHERE code = @code),
      (SELECT name FROM trusted_offices WHERE office_code = @code), @code)`,
  )
    .pluck()
    .get({ code }) as string;
}
