// donorRegistrations: the 三献 registrations dated in the period, per kind - counts only, no personal data, so
// every role reads them (as donors/stats.ts counts them per year).
import { DONOR_KINDS, type DonorKind } from '@rules/donors';
import { tupleRead } from '../../records/reads';
import type { DonorKindCounts } from '../contract';
import type { ReportScope } from '../scope';

const REGISTRATIONS = tupleRead<[kind: DonorKind, count: number], [{ office: string; from: string; to: string }]>(`
  SELECT kind, count(*) FROM donor_registrations INDEXED BY donor_registrations_kind
  WHERE office_code = @office AND voided = 0 AND registration_date BETWEEN @from AND @to GROUP BY kind`);

export function donorRegistrations(scope: ReportScope): DonorKindCounts {
  const counts = Object.fromEntries(DONOR_KINDS.map((kind) => [kind, 0])) as DonorKindCounts;
  for (const [kind, count] of REGISTRATIONS.on(scope.ctx.store.sqlite).all({
    office: scope.office,
    from: scope.from,
    to: scope.to,
  }))
    counts[kind] = count;
  return counts;
}
