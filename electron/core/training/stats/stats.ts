// Training statistics for a year or a date range: the facts (read.ts) tallied (tally.ts) in total, by
// township with its population share, by sector, by office and by month; the target's progress for a year.
import { TRAINING_SECTORS } from '@rules/training/kinds';
import { officeOf } from '../../accounts/officeRow';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { officeName } from '../../records/offices';
import type { MonthFigures, SectorFigures, TownshipFigures, TrainingStats } from './contract';
import { readCertifiedTarget, readFacts, readPopulations, townshipKey } from './read';
import { NO_FIGURES, percent, tallyEach } from './tally';

export interface StatsInput {
  year?: number;
  from?: string;
  to?: string;
  /** The city: one county, or 'all' (the default there) for every county together. */
  officeCode?: string;
}

/** The period and office read: a county reads only itself; the city one county or all of them. */
function scopeOf(ctx: CoreContext, input: StatsInput) {
  const own = officeOf(ctx);
  const requested = input.officeCode ?? (own.role === 'city' ? 'all' : own.code);
  if (requested !== own.code && own.role !== 'city') fail('FORBIDDEN');
  const year = input.year ?? Number((input.from ?? input.to ?? '').slice(0, 4));
  const from = input.from ?? `${year}-01-01`;
  const to = input.to ?? `${year}-12-31`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !(from <= to)) fail('INPUT_INVALID');
  return { from, to, office: requested === 'all' ? null : requested };
}

export function trainingStats(ctx: CoreContext, input: StatsInput): TrainingStats {
  const scope = scopeOf(ctx, input);
  const facts = readFacts(ctx, scope);
  const [totals, townships, sectors, offices, months] = tallyEach(facts, [
    () => 'total',
    (p) => townshipKey(scope.office ? null : p.office, p.township),
    (p) => p.sector,
    (p) => p.office,
    (p) => p.month ?? undefined,
  ]);
  const total = totals!.get('total') ?? NO_FIGURES;
  const populations = readPopulations(ctx, scope.office);
  const population = populations.size > 0 ? [...populations.values()].reduce((a, b) => a + b, 0) : null;
  const wholeYear = scope.from.endsWith('-01-01') && scope.to === `${scope.from.slice(0, 4)}-12-31`;
  const certifiedTarget = wholeYear ? readCertifiedTarget(ctx, scope.office, Number(scope.from.slice(0, 4))) : null;
  return {
    from: scope.from,
    to: scope.to,
    officeCode: scope.office,
    officeName: scope.office ? officeName(ctx, scope.office) : officeOf(ctx).name,
    total,
    certifiedTarget,
    targetProgress: certifiedTarget ? percent(total.personsCertified, certifiedTarget, 1) : null,
    population,
    validShare: percent(total.personsWithValidCertificate, population, 2),
    byTownship: byTownship(townships!, populations, (code) => officeName(ctx, code)),
    bySector: bySector(sectors!),
    byOffice: [...offices!]
      .map(([officeCode, figures]) => ({
        officeCode: officeCode!,
        officeName: officeName(ctx, officeCode!),
        ...figures,
      }))
      .sort((a, b) => a.officeCode.localeCompare(b.officeCode)),
    byMonth: byMonth(months!, scope.from, scope.to),
  };
}

/**
 * Townships with figures or a population, most certified holders first; the one without a township last. Every
 * county read together: each county's townships apart, named with their county.
 */
function byTownship(
  tallied: Map<string | null, TrainingStats['total']>,
  populations: Map<string, number>,
  nameOf: (officeCode: string) => string,
): TownshipFigures[] {
  const keys = new Set<string | null>([...tallied.keys(), ...populations.keys()]);
  return [...keys]
    .map((key) => {
      const [officeCode, name] = key?.includes('\t') ? key.split('\t') : [null, key];
      const township = name || null;
      const figures = tallied.get(key) ?? NO_FIGURES;
      const population = key === null || township === null ? null : (populations.get(key) ?? null);
      const validShare = percent(figures.personsWithValidCertificate, population, 2);
      const officeName = officeCode ? nameOf(officeCode) : null;
      return { township, officeCode: officeCode ?? null, officeName, population, validShare, ...figures };
    })
    .sort(
      (a, b) =>
        Number(a.township === null) - Number(b.township === null) ||
        b.personsWithValidCertificate - a.personsWithValidCertificate ||
        b.certificatesIssued - a.certificatesIssued ||
        (a.township ?? '').localeCompare(b.township ?? '', 'zh-CN') ||
        (a.officeCode ?? '').localeCompare(b.officeCode ?? ''),
    );
}

/** Every sector in the 五进 order (zeros included), then certificates and courses that name none. */
function bySector(tallied: Map<string | null, TrainingStats['total']>): SectorFigures[] {
  const rows: SectorFigures[] = TRAINING_SECTORS.map((sector) => ({ sector, ...(tallied.get(sector) ?? NO_FIGURES) }));
  const none = tallied.get(null);
  return none ? [...rows, { sector: null, ...none }] : rows;
}

/** Every month of the period, in order, with zeros where nothing happened. */
function byMonth(tallied: Map<string | null, TrainingStats['total']>, from: string, to: string): MonthFigures[] {
  const months: MonthFigures[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = nextMonth(month)) {
    const f = tallied.get(month) ?? NO_FIGURES;
    months.push({
      month,
      coursesHeld: f.coursesHeld,
      popularAttendances: f.popularAttendances,
      certificatesIssued: f.certificatesIssued,
      personsCertified: f.personsCertified,
      renewals: f.renewals,
    });
  }
  return months;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}
