// The measured side of the city bench, run as a bundled child (the form the app ships) so its RSS is its own:
// `node child.cjs <dataDir> <passphrase> <packageFile>...` verifies, previews and applies each package in turn
// through the city inbox as the import wizard does, and prints one JSON line of timings and peak RSS.
import path from 'node:path';
import { openDatabase } from '../../db/open';
import type { CoreContext } from '../../electron/core/context';
import { applyPreviewed, finishImports, previewToApply, verifyForCity } from '../../electron/core/exchange/inbox';
import { passphraseSealer } from '../../electron/core/exchange/keys/sealer';
import type { PeopleQuery } from '../../electron/core/people/contract';
import { listPeople } from '../../electron/core/people/query';

function rssSampler() {
  let peak = process.memoryUsage().rss;
  // What the peak is made of: JavaScript's heap, buffers outside it, and the rest (SQLite's page caches, code).
  let atPeak = { heapTotal: 0, external: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peak) {
      peak = m.rss;
      atPeak = { heapTotal: m.heapTotal, external: m.external };
    }
  };
  const timer = setInterval(sample, 25);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakRss: Math.max(peak, process.resourceUsage().maxRSS * 1024), ...atPeak };
    },
  };
}

/** A city reviewer's grid queries afterwards, through the list API the grid calls. */
export interface GridFigures {
  p95: number;
  first: number;
  max: number;
}

const PAGES = 20;

/**
 * Per view: a reviewer scrolling 20 pages of 100 (offsets 0, 100, ... as the grid fetches blocks), each with its
 * total as the grid asks for it; p95 over the pages, and the first page (whose total is counted afresh) apart.
 */
function gridTimings(ctx: CoreContext): Record<string, GridFigures> {
  const sample = ctx.store.sqlite
    .prepare('SELECT office_code AS office, township, village FROM people ORDER BY rowid DESC LIMIT 1')
    .get() as { office: string; township: string; village: string };
  const views: Record<string, PeopleQuery> = {
    'everyone, by name': {},
    'one county, by name': { officeCode: sample.office },
    'everyone, by township': { sort: [{ column: 'township', direction: 'asc' }] },
    'search 张': { search: '张' },
    'one county, search 张': { officeCode: sample.office, search: '张' },
    [`filter township = ${sample.township}`]: { township: sample.township },
    [`one county, filter village = ${sample.village}`]: { officeCode: sample.office, village: sample.village },
    'search ID tail 1234': { search: '1234' },
  };
  return Object.fromEntries(
    Object.entries(views).map(([view, query]) => {
      const times: number[] = [];
      for (let i = 0; i < PAGES; i++) {
        const started = performance.now();
        listPeople(ctx, { ...query, offset: i * 100, limit: 100 });
        times.push(performance.now() - started);
      }
      const sorted = [...times].sort((a, b) => a - b);
      return [
        view,
        {
          p95: Math.round(sorted[Math.ceil(0.95 * PAGES) - 1]!),
          first: Math.round(times[0]!),
          max: Math.round(sorted.at(-1)!),
        },
      ];
    }),
  );
}

async function run(dataDir: string, passphrase: string, files: string[]) {
  const store = openDatabase(path.join(dataDir, 'boai.sqlite'), { migrationsDir: process.env.BOAI_MIGRATIONS });
  const ctx: CoreContext = {
    store,
    method: 'bench.inbox',
    now: () => new Date(),
    secrets: passphraseSealer(passphrase),
    actor: { userId: 'bench', username: 'bench', displayName: 'bench', roles: ['admin'] },
  };
  const sampler = rssSampler();
  const phases = { verifyMs: 0, previewMs: 0, applyMs: 0, finishMs: 0 };
  // CPU time (user + system) beside wall time: the bench machine is shared, so wall time is noisy.
  const cpu = { verifyMs: 0, previewMs: 0, applyMs: 0, finishMs: 0 };
  const cpuMs = (since?: NodeJS.CpuUsage) => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1000;
  };
  const time = async <T>(phase: keyof typeof phases, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    try {
      return await work();
    } finally {
      phases[phase] += performance.now() - started;
      cpu[phase] += cpuMs(cpuStarted);
    }
  };
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let records = 0;
  let conflicts = 0;
  const perPackage: number[] = [];
  for (const file of files) {
    const cpuBefore = cpu.previewMs + cpu.applyMs;
    const verified = await time('verifyMs', () => verifyForCity(ctx, [file]));
    // The import wizard's calls: inbox.preview keeps its transaction open, inbox.apply commits it.
    const preview = await time('previewMs', () => previewToApply(ctx, [file], file));
    const applied = await time('applyMs', () => applyPreviewed(ctx, [file], file));
    if (preview.status !== 'preview' || applied.status !== 'applied')
      throw new Error(`${file}: ${preview.status} / ${applied.status} ${applied.code}`);
    records += Object.values(verified.counts).reduce((a, b) => a + b, 0);
    conflicts += Object.values(applied.summary!).reduce((a, c) => a + c.conflicts, 0);
    perPackage.push(Math.round(cpu.previewMs + cpu.applyMs - cpuBefore));
  }
  // The wizard closing: sort indexes the large packages dropped are built again, once for the batch.
  const { indexesRebuilt } = await time('finishMs', () => finishImports(ctx));
  const totalMs = performance.now() - started;
  const totalCpuMs = cpuMs(cpuStarted);
  const { peakRss, heapTotal, external } = sampler.stop();
  const grid = gridTimings(ctx);
  const stored = store.sqlite.prepare('SELECT count(*) FROM people').pluck().get() as number;
  const integrity = store.sqlite.pragma('quick_check', { simple: true });
  const indexes = store.sqlite
    .prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people'`)
    .pluck()
    .get() as number;
  store.sqlite.close();
  return {
    records,
    stored,
    conflicts,
    totalMs,
    ...phases,
    totalCpuMs,
    verifyCpuMs: cpu.verifyMs,
    previewCpuMs: cpu.previewMs,
    applyCpuMs: cpu.applyMs,
    finishCpuMs: cpu.finishMs,
    indexesRebuilt,
    perPackage,
    peakRss,
    heapAtPeak: heapTotal,
    externalAtPeak: external,
    integrity,
    indexes,
    grid,
  };
}

const [dataDir, passphrase, ...files] = process.argv.slice(2);
run(dataDir!, passphrase!, files).then(
  (r) => console.log(JSON.stringify(r)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
