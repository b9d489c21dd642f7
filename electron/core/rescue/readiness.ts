// A member's readiness (召之即来): their first-aid certificate as the training register reads it today - 有效,
// 即将到期, 已过期, or 无证 when they hold none - and how many of a team's members are ready.
import type { Readiness } from '@rules/rescue';
import { isReady } from '@rules/rescue';
import type { CoreContext } from '../context';
import { tupleRead } from '../records/reads';
import { IN_LIST, inListBatches } from '../records/statements';
import { localToday } from '../stock/office';
import { heldCertificates, type HeldCertificate } from '../training/register/held';
import type { OfficeReadiness } from './contract';

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

const OFFICE_MEMBERS = tupleRead<[personId: string], [officeCode: string]>(
  `SELECT DISTINCT m.person_id FROM rescue_team_members m JOIN rescue_teams t ON t.id = m.team_id
   WHERE m.office_code = ? AND m.voided = 0 AND m.left_date IS NULL AND t.voided = 0`,
);
const OFFICE_TEAMS = tupleRead<[teams: number], [officeCode: string]>(
  'SELECT count(*) FROM rescue_teams WHERE office_code = ? AND voided = 0',
);

/** The office's rescue teams and how many of their people are ready today (the dashboard's card). */
export function officeReadiness(ctx: CoreContext, officeCode: string): OfficeReadiness {
  const sqlite = ctx.store.sqlite;
  const people = OFFICE_MEMBERS.on(sqlite)
    .all(officeCode)
    .map(([personId]) => personId);
  const states = [...readinessOf(ctx, people).values()].map((r) => r.readiness);
  return {
    teams: OFFICE_TEAMS.on(sqlite).get(officeCode)![0],
    members: people.length,
    ready: states.filter(isReady).length,
    expiring: states.filter((s) => s === 'expiring').length,
    notReady: states.filter((s) => !isReady(s)).length,
  };
}
