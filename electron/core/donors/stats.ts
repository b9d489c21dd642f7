// The register's figures for every role: registrations and donations per calendar year and kind, blood in
// millilitres, and live registrations by kind. Counts only - no name, ID number or date of anyone - so nobody
// needs the 三献 role to read them; units are never added together (millilitres stay apart from counts).
import { DONOR_KINDS, type DonorKind } from '@rules/donors';
import type { CoreContext } from '../context';
import { rowRead, tupleRead } from '../records/reads';
import type { DonorStats, DonorYearCount } from './contract';

const REGISTRATIONS_BY_YEAR = tupleRead<[year: number, kind: DonorKind, count: number], [officeCode: string]>(
  `SELECT CAST(substr(registration_date, 1, 4) AS INTEGER) AS year, kind, count(*) FROM donor_registrations
   WHERE office_code = ? AND voided = 0 GROUP BY year, kind`,
);
const DONATIONS_BY_YEAR = tupleRead<[year: number, kind: DonorKind, count: number, ml: number], [officeCode: string]>(
  `SELECT CAST(substr(d.donation_date, 1, 4) AS INTEGER) AS year, r.kind, count(*), coalesce(sum(d.amount_ml), 0)
   FROM donor_donations d JOIN donor_registrations r ON r.id = d.registration_id
   WHERE d.office_code = ? AND d.voided = 0 GROUP BY year, r.kind`,
);
const LIVE_BY_KIND = rowRead<{ kind: DonorKind; count: number }, [officeCode: string]>(
  `SELECT kind, count(*) AS count FROM donor_registrations WHERE office_code = ? AND voided = 0 GROUP BY kind`,
);

export function donorStats(ctx: CoreContext, officeCode: string): DonorStats {
  const sqlite = ctx.store.sqlite;
  const years = new Map<string, DonorYearCount>();
  const entry = (year: number, kind: DonorKind) => {
    const key = `${year}/${kind}`;
    let count = years.get(key);
    if (!count) years.set(key, (count = { year, kind, registrations: 0, donations: 0, bloodMl: 0 }));
    return count;
  };
  for (const [year, kind, count] of REGISTRATIONS_BY_YEAR.on(sqlite).all(officeCode))
    entry(year, kind).registrations = count;
  for (const [year, kind, count, ml] of DONATIONS_BY_YEAR.on(sqlite).all(officeCode)) {
    entry(year, kind).donations = count;
    entry(year, kind).bloodMl = kind === 'blood' ? ml : 0;
  }
  const live = Object.fromEntries(DONOR_KINDS.map((kind) => [kind, 0])) as Record<DonorKind, number>;
  for (const row of LIVE_BY_KIND.on(sqlite).all(officeCode)) live[row.kind] = row.count;
  const order = (a: DonorYearCount, b: DonorYearCount) =>
    b.year - a.year || DONOR_KINDS.indexOf(a.kind) - DONOR_KINDS.indexOf(b.kind);
  return { officeCode, years: [...years.values()].sort(order), live };
}
