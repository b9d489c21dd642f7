// A member's readiness (召之即来): their first-aid certificate as the training register reads it today - 有效,
// 即将到期, 已过期, or 无证 when they hold none - and how many of a team's members are ready.
import type { Readiness } from '@rules/rescue';
import { isReady } from '@rules/rescue';
import type { CoreContext } from '../context';
import { tupleRead } from '../records/reads';
import { IN_LIST, inListBatches } from '../records/statements';
import { localToday } from '../stock/office';
import { heldCertificates, type HeldCertificate } from '../training/register/held';

export interface MemberReadiness {
  readiness: Readiness;
  certificate: HeldCertificate | null;
}

const READINESS_OF = { VALID: 'valid', EXPIRING: 'expiring', EXPIRED: 'expired' } as const;

/** Each person's readiness today. */
export function readinessOf(ctx: CoreContext, personIds: readonly string[]): Map<string, MemberReadiness> {
  const held = heldCertificates(ctx, personIds, localToday(ctx));
  return new Map(
    personIds.map((id) => {
      const certificate = held.get(id) ?? null;
      return [id, { readiness: certificate ? READINESS_OF[certificate.status] : 'none', certificate }];
    }),
  );
}

const CURRENT_MEMBERS = tupleRead<[teamId: string, personId: string]>(
  `SELECT team_id, person_id FROM rescue_team_members
   WHERE team_id IN (${IN_LIST}) AND voided = 0 AND left_date IS NULL`,
);

/** The ready members of each team (those in it today whose certificate holds). */
export function readyCounts(ctx: CoreContext, teamIds: readonly string[]): Map<string, number> {
  const members: [string, string][] = [];
  for (const batch of inListBatches(teamIds)) members.push(...CURRENT_MEMBERS.on(ctx.store.sqlite).all(...batch));
  const readiness = readinessOf(ctx, [...new Set(members.map(([, personId]) => personId))]);
  const counts = new Map<string, number>();
  for (const [teamId, personId] of members)
    if (isReady(readiness.get(personId)!.readiness)) counts.set(teamId, (counts.get(teamId) ?? 0) + 1);
  return counts;
}
