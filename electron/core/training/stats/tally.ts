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

/**
 * The figures per group: `keyOf` names a fact's group (null leaves the fact out, e.g. valid certificates have
 * no month). Groups come back in the order they were first met.
 */
export function tallyBy<K>(facts: Facts, keyOf: (place: Place) => K | undefined): Map<K, TrainingFigures> {
  const groups = new Map<K, Tally>();
  const tallyOf = (place: Place): Tally | null => {
    const key = keyOf(place);
    if (key === undefined) return null;
    let tally = groups.get(key);
    if (!tally) groups.set(key, (tally = emptyTally()));
    return tally;
  };
  for (const course of facts.courses) {
    const tally = tallyOf(course);
    if (!tally) continue;
    tally.coursesHeld++;
    tally.popularAttendances += popularAttendancesOf(course);
    for (const instructor of course.instructors) tally.instructors.add(instructor);
  }
  for (const issued of facts.issued) {
    const tally = tallyOf(issued);
    if (!tally) continue;
    tally.certificatesIssued += issued.certificates;
    tally.renewals += issued.renewals;
  }
  for (const certificate of facts.certified) tallyOf(certificate)?.certified.add(certificate.personId);
  // A holder counts once in each group any of their certificates names: the groups of one person's run of rows.
  const holderGroups: K[] = [];
  let holder: string | null = null;
  for (const certificate of facts.valid) {
    if (certificate.personId !== holder) {
      holder = certificate.personId;
      holderGroups.length = 0;
    }
    const key = keyOf(certificate);
    if (key === undefined || holderGroups.includes(key)) continue;
    holderGroups.push(key);
    tallyOf(certificate)!.holders++;
  }
  return new Map([...groups].map(([key, tally]) => [key, figuresOf(tally)]));
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
