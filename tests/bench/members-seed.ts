// Members at the seeds' scale for the organisation dashboard's figures (206,500 members, 165,000 of them youth), written
// through the record layer's inserter with their dues of the last four years: a tenth of the adults and units paid
// nothing (lapsed), a tenth missed last year only (about to lapse), a few withdrew or moved. The dashboard never reads
// a member's person, so the seeded members name none (the registry's people are the volunteers' bench's own).
import { memberDues, members } from '../../db/schema';
import type { CoreContext } from '../../electron/core/context';
import { recordInserter } from '../../electron/core/records/bulk';
import { sequentialUuids } from '../../electron/core/records/ids';
import type { MemberKind, MemberStatus } from '../../rules/members';
import { OFFICE } from './volunteers-seed';

export const MEMBERS = 206_500;
const YOUTH = 165_000;
const GROUPS = 1_500;

// 413 = 206,500 / 500: in every 413 members 330 youth and 3 units, so any count keeps the seeds' mix.
const MIX = MEMBERS / 500;

function kindOf(n: number): MemberKind {
  const at = n % MIX;
  if (at < YOUTH / 500) return 'youth';
  return at < (YOUTH + GROUPS) / 500 ? 'group' : 'individual';
}

function statusOf(n: number): MemberStatus {
  if (n % 50 === 7) return 'withdrawn';
  return n % 100 === 13 ? 'transferred' : 'active';
}

/** The years a member paid, of the four before and including `year`. */
function paidYears(n: number, kind: MemberKind, year: number): number[] {
  const all = [year - 3, year - 2, year - 1, year];
  if (kind === 'youth') return n % 2 === 0 ? [year] : [];
  if (n % 10 === 0) return [];
  if (n % 10 === 1) return [year - 3, year - 2];
  return all;
}

export function seedMembers(ctx: CoreContext, year: number, office = OFFICE, count = MEMBERS): void {
  const nextId = sequentialUuids(Date.now() - 86_400_000);
  ctx.store.sqlite.transaction(() => {
    const member = recordInserter(ctx, members, office, [
      'kind',
      'cardNumber',
      'joinDate',
      'status',
      'unitName',
      'headcount',
      'school',
      'className',
    ]);
    const dues = recordInserter(ctx, memberDues, office, ['memberId', 'year', 'amountFen', 'paidDate', 'collectedBy']);
    for (let n = 0; n < count; n++) {
      const id = nextId();
      const kind = kindOf(n);
      member(id, {
        kind,
        cardNumber: `${office}M${String(n + 1).padStart(6, '0')}`,
        joinDate: `${year - 4 - (n % 6)}-09-01`,
        status: statusOf(n),
        unitName: kind === 'group' ? `会员单位${n}` : null,
        headcount: kind === 'group' ? 50 + (n % 900) : null,
        school: kind === 'youth' ? `实验学校${n % 60}` : null,
        className: kind === 'youth' ? `${(n % 6) + 1}(${(n % 8) + 1})班` : null,
      });
      for (const paid of paidYears(n, kind, year))
        dues(nextId(), {
          memberId: id,
          year: paid,
          amountFen: kind === 'youth' ? 500 : 1_000,
          paidDate: `${paid}-10-01`,
          collectedBy: 'bench',
        });
    }
  })();
  ctx.store.sqlite.exec('ANALYZE');
}
