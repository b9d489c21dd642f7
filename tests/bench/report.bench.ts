// The city's annual report over ten counties at the seeds' scale (report-seed.ts): one county's report (target
// <= 300 ms) and every county with the city's total (target <= 2 s), read through the core functions the API calls,
// and one county's time per indicator (a shared read is charged to the first indicator that needs it).
// BOAI_REPORT_BENCH_SCALE (e.g. 0.1) scales the city down for a quick look; BOAI_REPORT_BENCH_DIR keeps the seeded
// city in that folder and reads it again on the next run (the figures that count use a full-scale city).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import { annualReport, countyReports } from '../../electron/core/report/annual';
import { INDICATORS } from '../../electron/core/report/registry';
import { reportScope } from '../../electron/core/report/scope';
import { COUNTIES, countyCode, countyScale, REPORT_YEAR, seedCity } from './report-seed';
import { ms, timed } from './timing';
import type { Bench, BenchTable } from './types';

const SCALE = Number(process.env.BOAI_REPORT_BENCH_SCALE ?? 1);
const CITY = '321300';

function openCity(dir: string): { ctx: CoreContext; close(): void; seedMs: number | null } {
  const seeded = fs.existsSync(path.join(dir, 'seeded'));
  const backend = openBackend(dir);
  const ctx: CoreContext = {
    store: backend.store,
    actor: { userId: 'bench', username: 'viewer', displayName: 'bench', roles: ['viewer'] },
    method: 'bench',
    now: () => new Date(),
  };
  let seedMs: number | null = null;
  if (!seeded) {
    setupOffice(
      { ...ctx, actor: null },
      { code: CITY, name: '宿迁市红十字会', role: 'city', admin: { username: 'admin', password: 'bench-password-1' } },
    );
    const started = performance.now();
    seedCity({ ...ctx, actor: { ...ctx.actor!, roles: ['admin'] } }, SCALE);
    seedMs = performance.now() - started;
    fs.writeFileSync(path.join(dir, 'seeded'), String(SCALE));
  }
  return { ctx, close: () => backend.close(), seedMs };
}

function reportTables(ctx: CoreContext, seedMs: number | null): BenchTable[] {
  const year = { year: REPORT_YEAR };
  const one = (run: number) => annualReport(ctx, { ...year, officeCode: countyCode(run % COUNTIES) });
  const oneTiming = timed(2 * COUNTIES, one);
  const allTiming = timed(3, () => countyReports(ctx, year));
  const city = countyReports(ctx, year);
  const size = countyScale(SCALE);
  const held = (table: string) =>
    (ctx.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number).toLocaleString('en');
  const main: BenchTable = {
    title: `The city's annual report ${REPORT_YEAR}: ${COUNTIES} counties (scale ${SCALE})`,
    columns: ['read', 'first ms', 'p50 ms', 'p95 ms', 'target ms'],
    rows: [
      ['one county (report.annual with officeCode)', ms(oneTiming.first), ms(oneTiming.p50), ms(oneTiming.p95), 300],
      ['every county + the total (report.counties)', ms(allTiming.first), ms(allTiming.p50), ms(allTiming.p95), 2000],
    ],
    notes: [
      `held: ${held('people')} people, ${held('training_certificates')} certificates, ${held('volunteers')} volunteers with ${held('volunteer_service_records')} service records, ${held('members')} members, ${held('stock_movements')} stock movements, ${held('households')} households, ${held('household_visits')} visits`,
      `per county: ${JSON.stringify(size)}`,
      seedMs === null
        ? 'seeded city read again from BOAI_REPORT_BENCH_DIR'
        : `seeded in ${Math.round(seedMs / 1000)} s`,
      `city total: ${JSON.stringify(city.total.indicators)}`,
    ],
  };
  const perIndicator = timed(5, () => {
    const scope = reportScope(ctx, countyCode(0), { from: `${REPORT_YEAR}-01-01`, to: `${REPORT_YEAR}-12-31` });
    return INDICATORS.map((indicator) => {
      const started = performance.now();
      indicator.compute(scope);
      return performance.now() - started;
    });
  });
  const scope = reportScope(ctx, countyCode(0), { from: `${REPORT_YEAR}-01-01`, to: `${REPORT_YEAR}-12-31` });
  const rows = INDICATORS.map((indicator) => {
    const started = performance.now();
    indicator.compute(scope);
    return [indicator.name, ms(performance.now() - started)];
  });
  return [
    main,
    {
      title: `One county's indicators, each timed in order (${ms(perIndicator.p50)} ms in all, p50 of 5)`,
      columns: ['indicator', 'ms'],
      rows,
    },
  ];
}

export const reportBench: Bench = async () => {
  const kept = process.env.BOAI_REPORT_BENCH_DIR;
  const dir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'boai-report-bench-'));
  fs.mkdirSync(dir, { recursive: true });
  const city = openCity(dir);
  try {
    return reportTables(city.ctx, city.seedMs);
  } finally {
    city.close();
    if (!kept) fs.rmSync(dir, { recursive: true, force: true });
  }
};
