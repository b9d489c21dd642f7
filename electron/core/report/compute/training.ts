// The training indicators, tallied by the training statistics' own code (training/stats: the facts read once, the
// arithmetic of tally.ts), so the report and 培训统计 never count differently; and the share of the population.
import { TRAINING_SECTORS } from '@rules/training/kinds';
import { valueRead } from '../../records/reads';
import type { TrainingFigures } from '../../training/stats/contract';
import { readFacts, readPopulations } from '../../training/stats/read';
import { NO_FIGURES, tallyEach } from '../../training/stats/tally';
import type { SectorCounts } from '../contract';
import type { ReportScope, Share } from '../scope';

interface TrainingTally {
  total: TrainingFigures;
  bySector: Map<string | null, TrainingFigures>;
}

function tally(scope: ReportScope): TrainingTally {
  return scope.once('training', () => {
    const period = { from: scope.from, to: scope.to, office: scope.office };
    const facts = readFacts(scope.ctx, period, { certified: false, instructors: false });
    const [total, bySector] = tallyEach(facts, [() => 'total', (place) => place.sector]);
    return { total: total!.get('total') ?? NO_FIGURES, bySector: bySector! };
  });
}

export const popularAttendances = (scope: ReportScope) => tally(scope).total.popularAttendances;
export const certificatesIssued = (scope: ReportScope) => tally(scope).total.certificatesIssued;
export const personsWithValidCertificate = (scope: ReportScope) => tally(scope).total.personsWithValidCertificate;

export function coursesBySector(scope: ReportScope): SectorCounts {
  const bySector = tally(scope).bySector;
  const held = (sector: string | null) => bySector.get(sector)?.coursesHeld ?? 0;
  const counts = Object.fromEntries(TRAINING_SECTORS.map((sector) => [sector, held(sector)]));
  return { ...counts, none: held(null) } as SectorCounts;
}

const YEAR_POPULATION = valueRead<number | null, [office: string, year: number]>(
  `SELECT population FROM training_targets WHERE office_code = ? AND year = ? AND voided = 0`,
);

/** 户籍人口 of the last day's year as entered for it, else the townships' populations summed; null when neither. */
export function population(scope: ReportScope): number | null {
  const entered = YEAR_POPULATION.on(scope.ctx.store.sqlite).get(scope.office, Number(scope.to.slice(0, 4)));
  if (entered != null) return entered;
  const townships = [...readPopulations(scope.ctx, scope.office).values()];
  return townships.length > 0 ? townships.reduce((sum, people) => sum + people, 0) : null;
}

export function certifiedShare(scope: ReportScope): Share {
  const whole = population(scope);
  return { part: personsWithValidCertificate(scope), whole: whole || null };
}
