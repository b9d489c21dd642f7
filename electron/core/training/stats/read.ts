// Reads the facts the statistics are tallied from (stats/tally.ts): the period's courses with their
// trainees and instructors; the certificates issued in it, counted in SQL per office, township, sector and month;
// the persons they first certified and the holders of one valid on its last day (distinct persons are counted per
// group, so they stay rows). Plus the township populations and the year's target. One office, or (the city)
// every county together (office null). The certificate reads use only the covering indexes made for them
// (db/schema/training.ts): a city's 230,000 certificates are never read row by row.
import type { CoreContext } from '../../context';
import { tupleRead, valueRead } from '../../records/reads';
import type { CourseFact, Facts, IssuedFact, PersonFact } from './tally';

export interface StatsScope {
  from: string;
  to: string;
  /** Null: every office the database holds (the city's total). */
  office: string | null;
}

// The unary + keeps SQLite off the (office_code, number) index: the date indexes narrow a period far more.
const OFFICE = '(@office IS NULL OR +x.office_code = @office)';
/** The office of a row read by the hundred thousand: null when one office is read (the scope names it). */
const OFFICE_READ = 'CASE WHEN @office IS NULL THEN x.office_code END';
const CERTIFIED_KIND = "IN (SELECT id FROM training_kinds WHERE category = 'certified')";

type Text = string | null;

const courseRead = tupleRead<[string, string, Text, Text, string, number, number | null, number], [StatsScope]>(`
  SELECT x.id, x.office_code, x.township, x.sector, substr(x.start_date, 1, 7), k.category = 'popular', x.head_count,
    (SELECT count(*) FROM training_enrolments e WHERE e.course_id = x.id AND e.voided = 0)
  FROM training_courses x JOIN training_kinds k ON k.id = x.kind_id
  WHERE x.start_date BETWEEN @from AND @to AND x.voided = 0 AND ${OFFICE}`);

const instructorRead = tupleRead<[string, string], [StatsScope]>(`
  SELECT i.course_id, i.person_id FROM training_course_instructors i JOIN training_courses x ON x.id = i.course_id
  WHERE x.start_date BETWEEN @from AND @to AND x.voided = 0 AND i.voided = 0 AND ${OFFICE}`);

/** Certificates of certified kinds issued in the period (a revoked one too), and the renewals among them. */
const issuedRead = tupleRead<[string, Text, Text, string, number, number], [StatsScope]>(`
  SELECT x.office_code, x.township, x.sector, substr(x.issue_date, 1, 7), count(*), count(x.previous_id)
  FROM training_certificates x INDEXED BY training_certificates_issued
  WHERE x.issue_date BETWEEN @from AND @to AND x.voided = 0 AND x.kind_id ${CERTIFIED_KIND} AND ${OFFICE}
  GROUP BY 1, 2, 3, 4`);

// A person's first certificate: none of a certified kind issued before it (voided ones never existed).
const certifiedRead = tupleRead<[Text, Text, Text, string, string], [StatsScope]>(`
  SELECT ${OFFICE_READ}, x.township, x.sector, substr(x.issue_date, 1, 7), x.person_id
  FROM training_certificates x INDEXED BY training_certificates_issued
  WHERE x.issue_date BETWEEN @from AND @to AND x.voided = 0 AND x.kind_id ${CERTIFIED_KIND} AND ${OFFICE}
    AND NOT EXISTS (SELECT 1 FROM training_certificates p INDEXED BY training_certificates_person_issued
      WHERE p.person_id = x.person_id AND p.voided = 0 AND p.issue_date < x.issue_date AND p.kind_id ${CERTIFIED_KIND})`);

/** Certificates valid on the period's last day (issued by then, expiring then or later, not revoked), by person. */
const heldRead = tupleRead<[Text, Text, Text, string], [StatsScope]>(`
  SELECT ${OFFICE_READ}, x.township, x.sector, x.person_id
  FROM training_certificates x INDEXED BY training_certificates_held
  WHERE x.expiry_date >= @to AND x.voided = 0 AND x.revoked_at IS NULL AND x.issue_date <= @to
    AND x.kind_id ${CERTIFIED_KIND} AND ${OFFICE}
  ORDER BY x.person_id`);

/** Facts a reader may go without (the annual report counts neither newly certified persons nor instructors). */
export interface FactsWanted {
  certified?: boolean;
  instructors?: boolean;
}

/** The period's facts; those not wanted come back empty. */
export function readFacts(ctx: CoreContext, scope: StatsScope, wanted: FactsWanted = {}): Facts {
  const sqlite = ctx.store.sqlite;
  const instructors = new Map<string, string[]>();
  const instructorRows = wanted.instructors === false ? [] : instructorRead.on(sqlite).all(scope);
  for (const [courseId, personId] of instructorRows) {
    const list = instructors.get(courseId);
    if (list) list.push(personId);
    else instructors.set(courseId, [personId]);
  }
  const courses = courseRead
    .on(sqlite)
    .all(scope)
    .map(([id, office, township, sector, month, popular, headCount, enrolled]): CourseFact => ({
      office,
      township,
      sector,
      month,
      popular: popular === 1,
      headCount,
      enrolled,
      instructors: instructors.get(id) ?? [],
    }));
  const issued = issuedRead
    .on(sqlite)
    .all(scope)
    .map(([office, township, sector, month, certificates, renewals]): IssuedFact => ({
      office,
      township,
      sector,
      month,
      certificates,
      renewals,
    }));
  const officeOf = (read: string | null) => read ?? scope.office ?? '';
  const certified = (wanted.certified === false ? [] : certifiedRead.on(sqlite).all(scope)).map(
    ([office, township, sector, month, personId]): PersonFact => ({
      office: officeOf(office),
      township,
      sector,
      month,
      personId,
    }),
  );
  const valid = heldRead
    .on(sqlite)
    .all(scope)
    .map(([office, township, sector, personId]): PersonFact => ({
      office: officeOf(office),
      township,
      sector,
      month: null,
      personId,
    }));
  return { courses, issued, certified, valid };
}

const POPULATIONS = tupleRead<[string, string, number], [{ office: string | null }]>(
  `SELECT x.office_code, township, sum(population) FROM training_populations x WHERE x.voided = 0 AND ${OFFICE}
   GROUP BY x.office_code, township`,
);
const CERTIFIED_TARGET = valueRead<number | null, [{ office: string | null; year: number }]>(
  `SELECT sum(certified_target) FROM training_targets x WHERE x.voided = 0 AND x.year = @year AND ${OFFICE}`,
);

/**
 * 户籍人口 by township: for one office by its name; for every county together by townshipKey (two counties
 * may each have a township of the same name).
 */
export function readPopulations(ctx: CoreContext, office: string | null): Map<string, number> {
  const rows = POPULATIONS.on(ctx.store.sqlite).all({ office });
  return new Map(rows.map(([code, township, population]) => [townshipKey(office ? null : code, township), population]));
}

/** A township's group: its name, or (every county read together) its county's code and its name. */
export function townshipKey(office: string | null, township: string): string;
export function townshipKey(office: string | null, township: string | null): string | null;
export function townshipKey(office: string | null, township: string | null): string | null {
  return office === null ? township : `${office}\t${township ?? ''}`;
}

/** The year's target of persons newly certified (summed over the offices read), or null when none is set. */
export function readCertifiedTarget(ctx: CoreContext, office: string | null, year: number): number | null {
  return CERTIFIED_TARGET.on(ctx.store.sqlite).get({ office, year }) ?? null;
}
