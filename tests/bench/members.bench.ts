// Members at the seeds' scale (206,500 members, 165,000 of them youth, two years of dues, seeded through the record
// layer's inserter): the roster grid's first page, sorts, filters and searches (a page of 100 + total, target p95
// <= 150 ms), and `members stats`, the list to call and the lapsed list (<= 300 ms), as the screens ask for them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import { memberStats, membersToCall } from '../../electron/core/members/dues/lists';
import type { MemberPageQuery } from '../../electron/core/members/roster/contract';
import { memberFacets } from '../../electron/core/members/roster/facets';
import { listMembers } from '../../electron/core/members/roster/query';
import { GRADE_FIELD, MEMBERS, OFFICE, seedMembers, YOUTH } from './members-grid-seed';
import type { Bench, BenchTable } from './types';

const RUNS = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function timed(runs: number, work: () => unknown): { p50: number; p95: number } {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const ms = (n: number) => n.toFixed(1);

async function readTables(dir: string): Promise<BenchTable[]> {
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
  const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  const seedStarted = performance.now();
  const seeded = seedMembers(ctx, year);
  const seedMs = performance.now() - seedStarted;
  backend.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');

  const page = (query: Partial<MemberPageQuery>) => () =>
    listMembers(ctx, { offset: 0, limit: 100, ...query } as MemberPageQuery);
  const aClass = seeded.classOf(1234);
  const grid: [string, () => { total: number }][] = [
    ['first page (by name, pinyin)', page({})],
    ['page 50 (offset 5,000)', page({ offset: 5000 })],
    ['sort by card number, descending', page({ sort: [{ column: 'cardNumber', direction: 'desc' }] })],
    ['sort by join date', page({ sort: [{ column: 'joinDate', direction: 'asc' }] })],
    ['sort by school and class', page({ sort: [{ column: 'school', direction: 'asc' }] })],
    ['sort by a custom field (会员等级)', page({ sort: [{ column: GRADE_FIELD, direction: 'asc' }] })],
    ['filter: individual members', page({ kind: 'individual' })],
    ['filter: status 失效 (derived from dues)', page({ status: 'lapsed' })],
    ['filter: about to lapse', page({ standing: 'dueSoon' })],
    ['filter: one class', page({ school: aClass.school, className: aClass.className })],
    ['filter: this year unpaid', page({ duesPaid: { year, paid: false } })],
    [
      'filter: custom field 会员等级 = 骨干',
      page({ customFilters: [{ key: GRADE_FIELD, match: { op: 'choice', values: ['骨干'] } }] }),
    ],
    ['search: pinyin initials "zh"', page({ search: 'zh' })],
    ['search: a surname', page({ search: '王' })],
    ['search: card number', page({ search: `${OFFICE}M012345` })],
    ['search: a unit by pinyin', page({ search: 'suchengquhuiyuan' })],
  ];
  // The first call counts the view too; the count is then remembered until the data changes (countCache.ts).
  const gridRows = grid.map(([label, run]) => {
    const started = performance.now();
    const rows = run().total;
    const cold = performance.now() - started;
    const t = timed(RUNS, run);
    return [label, rows, ms(cold), ms(t.p50), ms(t.p95), 150];
  });

  const stats = timed(7, () => memberStats(ctx));
  const toCall = timed(7, () => membersToCall(ctx, { list: 'dueSoon' }));
  const lapsed = timed(7, () => membersToCall(ctx, { list: 'lapsed' }));
  const facets = timed(7, () => memberFacets(ctx, {}));
  const figures = memberStats(ctx);
  const calls = membersToCall(ctx, { list: 'dueSoon' }).length;
  const lapsedRows = membersToCall(ctx, { list: 'lapsed' }).length;
  backend.close();
  return [
    {
      title: `Member roster grid: ${MEMBERS.toLocaleString('en')} members (${YOUTH.toLocaleString('en')} youth), ${seeded.dues.toLocaleString('en')} dues rows of two years (page of 100 + total, status and dues per row), ${RUNS} runs`,
      columns: ['query', 'rows', 'first (with count) ms', 'p50 ms', 'p95 ms', 'target p95 ms'],
      rows: gridRows,
      notes: [`seeded in ${Math.round(seedMs / 1000)} s through the record layer's inserter`],
    },
    {
      title: 'members stats, the list to call, the lapsed list, the class and unit choices (7 runs)',
      columns: ['measure', 'rows', 'p50 ms', 'p95 (or slowest) ms', 'target ms'],
      rows: [
        ['members stats (by kind, lapsed)', 1, ms(stats.p50), ms(stats.p95), '<= 300'],
        ['about to lapse: the list to call', calls, ms(toCall.p50), ms(toCall.p95), '<= 300'],
        ['lapsed: the list', lapsedRows, ms(lapsed.p50), ms(lapsed.p95), '<= 300'],
        ['schools, classes and units (收会费)', '', ms(facets.p50), ms(facets.p95), ''],
      ],
      notes: [`members ${figures.members}, by kind ${JSON.stringify(figures.byKind)}, lapsed ${figures.lapsed}`],
    },
  ];
}

export const membersBench: Bench = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-members-bench-'));
  try {
    return await readTables(path.join(dir, 'reads'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
