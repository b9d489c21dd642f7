// The annual report (年度统计报表) for a year or a date range: one office's indicators, or at the city every county's
// side by side and their total - the counties' figures summed, the share counted again from the summed parts.
// Each office is read in one read transaction, so its figures are of one moment.
import { officeOf } from '../accounts/officeRow';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { officeName } from '../records/offices';
import { valueRead } from '../records/reads';
import { percent } from '../training/stats/tally';
import type {
  AnnualReport,
  CountyReports,
  IndicatorName,
  IndicatorValues,
  ReportOffice,
  ReportRange,
} from './contract';
import { INDICATOR_DEFINITIONS } from './indicators/contract';
import { computeFigures, INDICATORS, type Figures } from './registry';
import { reportScope, type Share } from './scope';

export interface ReportPeriod {
  year?: number;
  from?: string;
  to?: string;
}

/** The calendar year asked for, or the range from..to. */
export function rangeOf(period: ReportPeriod): ReportRange & { year: number | null } {
  const from = period.from ?? `${period.year}-01-01`;
  const to = period.to ?? `${period.year}-12-31`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) fail('REPORT_RANGE_INVALID');
  const wholeYear = from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`;
  return { from, to, year: wholeYear ? Number(from.slice(0, 4)) : null };
}

/** The counties whose records the city holds or expects: trusted as counties, or sending packages. */
const COUNTIES = valueRead<string, []>(
  `SELECT office_code FROM trusted_offices WHERE role = 'county'
   UNION SELECT sender_office_code FROM inbox_streams
   EXCEPT SELECT code FROM office ORDER BY 1`,
);

export function cityCounties(ctx: CoreContext): string[] {
  return COUNTIES.on(ctx.store.sqlite).all();
}

function officeFigures(ctx: CoreContext, office: string, range: ReportRange): Figures {
  return ctx.store.sqlite.transaction(() => computeFigures(reportScope(ctx, office, range)))();
}

function reportOf(
  office: ReportOffice,
  scope: AnnualReport['scope'],
  range: ReportRange & { year: number | null },
  figures: Figures,
): AnnualReport {
  const share = figures.certifiedShareOfPopulation;
  const indicators: IndicatorValues = {
    ...figures,
    certifiedShareOfPopulation: percent(share.part, share.whole, 2),
  };
  return { year: range.year, from: range.from, to: range.to, office, scope, population: share.whole, indicators };
}

/** The counties' figures added up: counts, hours and money summed, per key where counted by kind. */
export function totalOf(all: readonly Figures[]): Figures {
  const total = {} as Record<IndicatorName, unknown>;
  for (const { name } of INDICATORS) {
    const values = all.map((figures) => figures[name]);
    if (INDICATOR_DEFINITIONS[name].unit === 'percent') total[name] = sumShares(values as Share[]);
    else if (typeof values[0] === 'object') total[name] = sumByKey(values as Record<string, number>[]);
    else total[name] = (values as number[]).reduce((sum, value) => sum + value, 0);
  }
  return total as Figures;
}

/** Parts and wholes of the offices that have a whole; none of them: no share. */
function sumShares(shares: readonly Share[]): Share {
  const known = shares.filter((share) => share.whole !== null);
  if (known.length === 0) return { part: shares.reduce((sum, share) => sum + share.part, 0), whole: null };
  return {
    part: known.reduce((sum, share) => sum + share.part, 0),
    whole: known.reduce((sum, share) => sum + share.whole!, 0),
  };
}

function sumByKey(counts: readonly Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const byKey of counts) for (const [key, count] of Object.entries(byKey)) total[key] = (total[key] ?? 0) + count;
  return total;
}

const officeNamed = (ctx: CoreContext, code: string): ReportOffice => ({ code, name: officeName(ctx, code) });

/** Every county of the city side by side, and the city's total. */
export function countyReports(ctx: CoreContext, period: ReportPeriod): CountyReports {
  const own = officeOf(ctx);
  if (own.role !== 'city') fail('REPORT_CITY_ONLY');
  const range = rangeOf(period);
  const codes = cityCounties(ctx);
  const figures = codes.map((code) => officeFigures(ctx, code, range));
  return {
    ...range,
    counties: codes.map((code, n) => reportOf(officeNamed(ctx, code), 'office', range, figures[n]!)),
    total: reportOf({ code: own.code, name: own.name }, 'total', range, totalOf(figures)),
  };
}

/**
 * One office's report: a county's own; at the city a county it holds (officeCode), or without one the city's
 * total of its counties.
 */
export function annualReport(ctx: CoreContext, period: ReportPeriod & { officeCode?: string }): AnnualReport {
  const own = officeOf(ctx);
  const requested = period.officeCode ?? own.code;
  if (own.role === 'city' && requested === own.code) return countyReports(ctx, period).total;
  if (requested !== own.code) {
    if (own.role !== 'city') fail('REPORT_COUNTY_OWN_ONLY');
    if (!cityCounties(ctx).includes(requested)) fail('REPORT_OFFICE_NOT_HELD', { office: requested });
  }
  const range = rangeOf(period);
  return reportOf(officeNamed(ctx, requested), 'office', range, officeFigures(ctx, requested, range));
}
