// Paired assistance at one city's scale (170,000 households and 574,700 people from households-seed.ts; 6,696 cadres,
// 300,000 visits and the issues that reach the households from pairing-seed.ts): the visit grid's first page, sorts,
// filters and searches (page of 100 + total, target p95 <= 150 ms), the cadre and pairing grids, a household's
// timeline (target <= 50 ms) and the overdue list across the office (target <= 300 ms).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import { overduePairings } from '../../electron/core/pairing/alerts/overdue';
import { overloadedCadres } from '../../electron/core/pairing/alerts/overloaded';
import { uncoveredHouseholds } from '../../electron/core/pairing/alerts/uncovered';
import type { CadreQuery } from '../../electron/core/pairing/cadres/contract';
import { listCadres } from '../../electron/core/pairing/cadres/query';
import { householdTimeline } from '../../electron/core/pairing/household/timeline';
import type { PairingQuery } from '../../electron/core/pairing/pairings/contract';
import { listPairings } from '../../electron/core/pairing/pairings/query';
import type { VisitQuery } from '../../electron/core/pairing/visits/contract';
import { listVisits } from '../../electron/core/pairing/visits/query';
import { HOUSEHOLDS, OFFICE, PEOPLE, seedHouseholds } from './households-seed';
import { CADRES, seedPairing, VISITS } from './pairing-seed';
import { ms, timed } from './timing';
import type { Bench, BenchTable } from './types';

const RUNS = 20;
type Page = { offset: number; limit: number };

/** The first call cold (its statements, count and search matches not yet remembered), then RUNS more. */
function row(label: string, work: () => { total?: number; events?: unknown[] }, target: number) {
  const started = performance.now();
  const first = work();
  const cold = performance.now() - started;
  const t = timed(RUNS, work);
  return [label, first.total ?? first.events?.length ?? '', ms(cold), ms(t.p50), ms(t.p95), target];
}

async function pairingTables(dir: string): Promise<BenchTable[]> {
  const backend = openBackend(dir);
  const ctx: CoreContext = {
    store: backend.store,
    actor: { userId: 'bench', username: 'clerk', displayName: 'bench', roles: ['clerk'] },
    method: 'bench',
    now: () => new Date(),
  };
  setupOffice(
    { ...ctx, actor: null },
    {
      code: OFFICE,
      name: '宿城区红十字会',
      role: 'county',
      admin: { username: 'admin', password: 'bench-password-1' },
    },
  );
  const seedStarted = performance.now();
  const seeded = seedHouseholds(ctx);
  const pairing = seedPairing(ctx, seeded);
  const seedMs = performance.now() - seedStarted;
  backend.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const head = seeded.heads[1234]!;
  const cadreId = pairing.cadreIds[77]!;
  const page = { offset: 0, limit: 100 };
  const visits = (query: VisitQuery & Partial<Page>) => () => listVisits(ctx, { ...page, ...query });
  const visitShapes: [string, VisitQuery & Partial<Page>][] = [
    ['first page (newest first)', {}],
    ['page 50 (offset 5,000)', { offset: 5000 }],
    ['sort by visit date, oldest first', { sort: [{ column: 'visitDate', direction: 'asc' }] }],
    ['sort by household number', { sort: [{ column: 'householdNumber', direction: 'asc' }] }],
    ['sort by head name (pinyin)', { sort: [{ column: 'headName', direction: 'asc' }] }],
    ['sort by cadre name (pinyin)', { sort: [{ column: 'cadreName', direction: 'asc' }] }],
    ['filter: one cadre', { cadreId }],
    ['filter: one household', { householdId: seeded.householdIds[1234]! }],
    ['filter: a month', { from: '2024-03-01', to: '2024-03-31' }],
    ['filter: township', { township: head.township! }],
    ['filter: with goods', { withGoods: true }],
    ['filter: not signed', { acknowledged: false }],
    ['search: pinyin initials "zh"', { search: 'zh' }],
    ['search: head pinyin, full', { search: head.pinyinFull.slice(0, 6) }],
    ['search: a head name', { search: head.name }],
    ['search: ID tail (4)', { search: head.idNumber.slice(-4) }],
    ['search: household number H0123', { search: 'H0123' }],
  ];
  const cadres = (query: CadreQuery) => () => listCadres(ctx, { ...page, ...query });
  const pairings = (query: PairingQuery) => () => listPairings(ctx, { ...page, ...query });
  const gridRows = [
    ...visitShapes.map(([label, query]) => row(`visits: ${label}`, visits(query), 150)),
    row('cadres: first page (by name)', cadres({}), 150),
    row('cadres: sort by households', cadres({ sort: [{ column: 'households', direction: 'desc' }] }), 150),
    row('cadres: search unit words', cadres({ search: '第12单位' }), 150),
    row('pairings: first page (by household number)', pairings({}), 150),
    row('pairings: sort by head name', pairings({ sort: [{ column: 'headName', direction: 'asc' }] }), 150),
    row('pairings: sort by place', pairings({ sort: [{ column: 'place', direction: 'asc' }] }), 150),
    row('pairings: search head pinyin', pairings({ search: head.pinyinFull.slice(0, 6) }), 150),
  ];
  const busiest = backend.store.sqlite
    .prepare(
      `SELECT household_id FROM household_visits WHERE voided = 0 GROUP BY household_id ORDER BY count(*) DESC LIMIT 1`,
    )
    .pluck()
    .get() as string;
  const timelineRows = [
    row('timeline: a household, all time', () => householdTimeline(ctx, seeded.householdIds[1234]!, null), 50),
    row('timeline: a household, 2024', () => householdTimeline(ctx, seeded.householdIds[1234]!, 2024), 50),
    row('timeline: the most visited household, all time', () => householdTimeline(ctx, busiest, null), 50),
  ];
  const alertRows = [
    row('overdue: first page + total (6 months)', () => overduePairings(ctx, { ...page }), 300),
    row('overdue: 24 months', () => overduePairings(ctx, { ...page, months: 24 }), 300),
    row('overdue: a township', () => overduePairings(ctx, { ...page, township: head.township! }), 300),
    row('no cadre: first page + total', () => uncoveredHouseholds(ctx, { ...page }), 300),
    row('cadres over the limit', () => overloadedCadres(ctx, { ...page }), 300),
  ];
  const counts = backend.store.sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM household_visits), (SELECT count(*) FROM household_pairings),
        (SELECT count(*) FROM stock_documents), (SELECT count(*) FROM stock_document_lines)`,
    )
    .raw()
    .get() as number[];
  backend.close();
  const columns = ['query', 'rows', 'first ms (cold)', 'p50 ms', 'p95 ms', 'target ms'];
  const notes = [
    `seeded in ${Math.round(seedMs / 1000)} s: ${counts[0]} visits, ${counts[1]} pairings, ${counts[2]} stock documents, ${counts[3]} lines`,
    "first: the cold call (statements prepared, the total and a search's matches not yet remembered); the runs after it",
    'reuse the remembered total and matches, as the grid does while it pages on',
  ];
  return [
    {
      title: `Pairing grids: ${CADRES.toLocaleString('en')} cadres, ${VISITS.toLocaleString('en')} visits, ${HOUSEHOLDS.toLocaleString('en')} households, ${PEOPLE.toLocaleString('en')} people (page of 100 + total), ${RUNS} runs`,
      columns,
      rows: gridRows,
      notes,
    },
    { title: "A household's timeline (visits and everything received)", columns, rows: timelineRows },
    { title: 'Alerts across the office', columns, rows: alertRows },
  ];
}

export const pairingBench: Bench = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-pairing-bench-'));
  try {
    return await pairingTables(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
