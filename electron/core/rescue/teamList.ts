// The rescue teams as a grid over SQL: searched by name or number, filtered by type, sorted by the clicked column,
// a page at a time; each row with its members today, how many of them are ready, and its last drill.
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { rowRead } from '../records/reads';
import { readOfficeOf } from '../stock/office';
import type { RescueTeamPage, RescueTeamQuery, RescueTeamRow, TeamSortColumn } from './contract';
import { readyCounts } from './readiness';

type StoredTeam = Omit<RescueTeamRow, 'ready' | 'voided'> & { voided: number };

const TEAM_COLUMNS = `t.id, t.office_code AS officeCode, t.row_version AS rowVersion, t.number, t.name, t.type,
  t.founded_date AS foundedDate, t.contact_phone AS contactPhone, t.notes,
  (SELECT count(*) FROM rescue_team_members m
    WHERE m.team_id = t.id AND m.voided = 0 AND m.left_date IS NULL) AS members,
  (SELECT max(d.date) FROM rescue_drills d WHERE d.team_id = t.id AND d.voided = 0) AS lastDrillDate,
  t.voided, t.void_reason AS voidReason
  FROM rescue_teams t`;

const SORT_KEYS: Record<TeamSortColumn, string> = {
  number: 't.number',
  name: 't.name',
  type: 't.type',
  foundedDate: 't.founded_date',
  members: 'members',
};

const ONE_TEAM = rowRead<StoredTeam, [id: string]>(`SELECT ${TEAM_COLUMNS} WHERE t.id = ?`);

function toRows(ctx: CoreContext, stored: readonly StoredTeam[]): RescueTeamRow[] {
  const ready = readyCounts(
    ctx,
    stored.map((t) => t.id),
  );
  return stored.map((t) => ({ ...t, ready: ready.get(t.id) ?? 0, voided: t.voided === 1 }));
}

function whereOf(query: Omit<RescueTeamQuery, 'offset' | 'limit'>, officeCode: string) {
  const parts = ['t.office_code = ?'];
  const params: unknown[] = [officeCode];
  if (!query.includeVoided) parts.push('t.voided = 0');
  if (query.type) {
    parts.push('t.type = ?');
    params.push(query.type);
  }
  const search = query.search?.normalize('NFKC').trim();
  if (search) {
    parts.push('(instr(t.name, ?) > 0 OR instr(upper(t.number), upper(?)) > 0)');
    params.push(search, search);
  }
  return { sql: `WHERE ${parts.join(' AND ')}`, params };
}

function orderOf(query: Pick<RescueTeamQuery, 'sort'>): string {
  const sort = query.sort?.length ? query.sort : [{ column: 'number' as const, direction: 'asc' as const }];
  const keys = sort.map((s) => `${SORT_KEYS[s.column]} ${s.direction === 'desc' ? 'DESC' : 'ASC'}`);
  return `ORDER BY t.voided, ${keys.join(', ')}, t.rowid`;
}

export function listTeams(ctx: CoreContext, query: RescueTeamQuery): RescueTeamPage {
  const officeCode = readOfficeOf(ctx, query.officeCode);
  if (officeCode === 'all') fail('FORBIDDEN');
  const where = whereOf(query, officeCode);
  const stored = rowRead<StoredTeam>(`SELECT ${TEAM_COLUMNS} ${where.sql} ${orderOf(query)} LIMIT ? OFFSET ?`)
    .on(ctx.store.sqlite)
    .all(...where.params, query.limit, query.offset);
  const total = rowRead<{ n: number }>(`SELECT count(*) AS n FROM rescue_teams t ${where.sql}`)
    .on(ctx.store.sqlite)
    .get(...where.params)!.n;
  return { rows: toRows(ctx, stored), total };
}

/** A team of any office the user may read (the city reads its counties'). */
export function getTeam(ctx: CoreContext, id: string): RescueTeamRow {
  const stored = ONE_TEAM.on(ctx.store.sqlite).get(id);
  if (!stored) fail('RESCUE_TEAM_NOT_FOUND', { id });
  readOfficeOf(ctx, stored.officeCode);
  return toRows(ctx, [stored])[0]!;
}
