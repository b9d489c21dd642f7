// The arithmetic of the training statistics, written once: the figures of any grouping (total, township,
// sector, office, month) are tallied here from the facts stats/read.ts reads, so the page, the xlsx file, the
// print and `training stats` can never count differently. Distinct persons are counted per group.
import type { TrainingFigures } from './contract';

/** Where a course or certificate belongs: the office, township and sector it names, and its month (YYYY-MM). */
export interface Place {
  office: string;
  township: string | null;
  sector: string | null;
  month: string | null;
}

export interface CourseFact extends Place {
  popular: boolean;
  /** Trainees enrolled; a 普及 course without any counts its head count instead. */
  enrolled: number;
  headCount: number | null;
  instructors: readonly string[];
}

/** Certificates of certified kinds issued in one place and month, counted in SQL (stats/read.ts). */
export interface IssuedFact extends Place {
  certificates: number;
  renewals: number;
}

/** A person counted once per group: certified by a first certificate, or holding one valid on the last day. */
export interface PersonFact extends Place {
  personId: string;
}

export interface Facts {
  courses: readonly CourseFact[];
  issued: readonly IssuedFact[];
  /** Certificates issued in the period with no earlier certificate of a certified kind: they made the person certified. */
  certified: readonly PersonFact[];
  /** Certificates valid on the period's last day (no month), a person's next to each other. */
  valid: readonly PersonFact[];
}

interface Tally {
  coursesHeld: number;
  popularAttendances: number;
  certificatesIssued: number;
  renewals: number;
  certified: Set<string>;
  instructors: Set<string>;
  holders: number;
}

const emptyTally = (): Tally => ({
  coursesHeld: 0,
  popularAttendances: 0,
  certificatesIssued: 0,
  renewals: 0,
  certified: new Set(),
  instructors: new Set(),
  holders: 0,
});

export function popularAttendancesOf(course: CourseFact): number {
  if (!course.popular) return 0;
  return course.enrolled > 0 ? course.enrolled : (course.headCount ?? 0);
}

/** A fact's group in one grouping (total, township, ...); undefined leaves it out (valid certificates have no month). */
export type GroupOf = (place: Place) => string | null | undefined;

/**
 * The figures per group of each grouping, in one pass over the facts. Groups come back in the order they were
 * first met.
 */
export function tallyEach(facts: Facts, groupings: readonly GroupOf[]): Map<string | null, TrainingFigures>[] {
  const groups = groupings.map(() => new Map<string | null, Tally>());
  const tallyOf = (grouping: number, key: string | null): Tally => {
    const map = groups[grouping]!;
    let tally = map.get(key);
    if (!tally) map.set(key, (tally = emptyTally()));
    return tally;
  };
  const each = (place: Place, count: (tally: Tally) => void) => {
    for (let g = 0; g < groupings.length; g++) {
      const key = groupings[g]!(place);
      if (key !== undefined) count(tallyOf(g, key));
    }
  };
  for (const course of facts.courses)
    each(course, (tally) => {
      tally.coursesHeld++;
      tally.popularAttendances += popularAttendancesOf(course);
      for (const instructor of course.instructors) tally.instructors.add(instructor);
    });
  for (const issued of facts.issued)
    each(issued, (tally) => {
      tally.certificatesIssued += issued.certificates;
      tally.renewals += issued.renewals;
    });
  for (const certificate of facts.certified) each(certificate, (tally) => tally.certified.add(certificate.personId));
  // A holder counts once in each group any of their certificates names: the groups of one person's run of rows.
  const holderGroups = groupings.map((): (string | null)[] => []);
  let holder: string | null = null;
  for (const certificate of facts.valid) {
    if (certificate.personId !== holder) {
      holder = certificate.personId;
      for (const met of holderGroups) met.length = 0;
    }
    for (let g = 0; g < groupings.length; g++) {
      const key = groupings[g]!(certificate);
      if (key === undefined || holderGroups[g]!.includes(key)) continue;
      holderGroups[g]!.push(key);
      tallyOf(g, key).holders++;
    }
  }
  return groups.map((map) => new Map([...map].map(([key, tally]) => [key, figuresOf(tally)])));
}

function figuresOf(tally: Tally): TrainingFigures {
  return {
    coursesHeld: tally.coursesHeld,
    popularAttendances: tally.popularAttendances,
    certificatesIssued: tally.certificatesIssued,
    personsCertified: tally.certified.size,
    renewals: tally.renewals,
    instructorsActive: tally.instructors.size,
    personsWithValidCertificate: tally.holders,
  };
}

export const NO_FIGURES: TrainingFigures = figuresOf(emptyTally());

/** part / whole in percent, rounded to `digits` decimals; null when there is no whole. */
export function percent(part: number, whole: number | null, digits: number): number | null {
  if (!whole) return null;
  const scale = 10 ** digits;
  return Math.round((part / whole) * 100 * scale) / scale;
}
