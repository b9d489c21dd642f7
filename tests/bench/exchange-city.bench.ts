// The city receiving a month of reports: 10 county packages totalling 1,000,000 people are verified,
// previewed and applied in turn as the import wizard does it (the preview's transaction is what "apply"
// commits; sort indexes dropped for the large packages are built again when the wizard closes), in a fresh
// bundled child process whose peak RSS is the import's own. Targets: <= 60 s in all, peak RSS <= 500 MB.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleMainEntry, repoRoot } from '../../build/bundle-main.mjs';
import { openBackend } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import { buildCard, cardText, loadKeyRing, trustLookup, trustOffice } from '../../electron/core/exchange/keys';
import { passphraseSealer } from '../../electron/core/exchange/keys/sealer';
import { travellingPeople, writeCountyPackage } from '../fixtures/cityRecords';
import type { GridFigures } from './exchange-city.child';
import type { Bench } from './types';

const COUNTIES = 10;
// BOAI_CITY_BENCH_PER_COUNTY scales it down for a quick look; the figures that count use the default.
const PER_COUNTY = Number(process.env.BOAI_CITY_BENCH_PER_COUNTY ?? 100_000);
const PASSPHRASE = 'bench passphrase';
const CITY = '321300';

function office(dir: string, code: string, role: 'county' | 'city') {
  const backend = openBackend(dir, { secrets: passphraseSealer(PASSPHRASE) });
  const ctx: CoreContext = {
    store: backend.store,
    actor: null,
    method: 'bench.setup',
    now: () => new Date(),
    secrets: backend.secrets,
  };
  setupOffice(ctx, { code, name: `${code}红十字会`, role, admin: { username: 'admin', password: 'bench-password-1' } });
  const admin: CoreContext = {
    ...ctx,
    actor: { userId: 'a', username: 'admin', displayName: 'admin', roles: ['admin'] },
  };
  return { backend, ctx: admin };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export const exchangeCityBench: Bench = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-bench-city-'));
  try {
    const city = office(path.join(dir, 'city'), CITY, 'city');
    fs.mkdirSync(path.join(dir, 'usb'));
    const files: string[] = [];
    let packageBytes = 0;
    const writeStarted = performance.now();
    for (let i = 0; i < COUNTIES; i++) {
      const code = String(321301 + i * 10);
      const county = office(path.join(dir, `county-${code}`), code, 'county');
      const countyCard = buildCard(county.ctx);
      trustOffice(city.ctx, cardText(countyCard), countyCard.fingerprint);
      const cityCard = buildCard(city.ctx);
      trustOffice(county.ctx, cardText(cityCard), cityCard.fingerprint);
      const incarnationId = county.backend.store.sqlite
        .prepare('SELECT incarnation_id FROM office')
        .pluck()
        .get() as string;
      const written = await writeCountyPackage(
        { keys: loadKeyRing(county.ctx), city: trustLookup(county.backend.store).office(CITY)!, incarnationId },
        path.join(dir, 'usb'),
        { seq: 1, prevHash: null, records: travellingPeople(PER_COUNTY, code, 100 + i) },
      );
      files.push(...written.files);
      packageBytes += written.bytes;
      county.backend.close();
    }
    const writeMs = performance.now() - writeStarted;
    city.backend.close();

    const bundle = await bundleMainEntry(
      path.join(import.meta.dirname, 'exchange-city.child.ts'),
      path.join(repoRoot, 'node_modules/.cache/boai-bench/exchange-city-child.cjs'),
    );
    // BOAI_CITY_BENCH_NODE_ARGS passes node flags to the measured child, e.g. "--cpu-prof --cpu-prof-dir /tmp/prof".
    const profile = process.env.BOAI_CITY_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const loadBefore = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    const run = spawnSync(process.execPath, [...profile, bundle, path.join(dir, 'city'), PASSPHRASE, ...files], {
      encoding: 'utf8',
      timeout: 900_000,
      maxBuffer: 1 << 24,
      env: { ...process.env, BOAI_MIGRATIONS: path.join(repoRoot, 'db/migrations') },
    });
    if (run.status !== 0) throw new Error(`city bench child failed: ${run.stderr}`);
    const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
      records: number;
      stored: number;
      conflicts: number;
      totalMs: number;
      verifyMs: number;
      previewMs: number;
      applyMs: number;
      finishMs: number;
      totalCpuMs: number;
      verifyCpuMs: number;
      previewCpuMs: number;
      applyCpuMs: number;
      finishCpuMs: number;
      indexesRebuilt: number;
      indexes: number;
      perPackage: number[];
      grid: Record<string, GridFigures>;
      peakRss: number;
      heapAtPeak: number;
      externalAtPeak: number;
      integrity: string;
    };
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const both = (wallMs: number, cpuMs: number) => `${seconds(wallMs)} (CPU ${seconds(cpuMs)})`;
    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    return [
      {
        title: `City inbox: ${COUNTIES} county packages, ${r.records.toLocaleString('en')} people, verify + preview + apply each, as the import wizard does`,
        columns: ['measure', 'value', 'target'],
        rows: [
          ['packages on disk', `${mb(packageBytes)} MB in ${files.length} files`, ''],
          ['verify (every chunk, every line): wall (CPU)', both(r.verifyMs, r.verifyCpuMs), ''],
          ['preview (the apply, its transaction kept open): wall (CPU)', both(r.previewMs, r.previewCpuMs), ''],
          ['apply (the inbox record, commit): wall (CPU)', both(r.applyMs, r.applyCpuMs), ''],
          [
            `sort indexes rebuilt once after the batch (${r.indexesRebuilt}): wall (CPU)`,
            both(r.finishMs, r.finishCpuMs),
            '',
          ],
          ['total: wall (CPU)', both(r.totalMs, r.totalCpuMs), '<= 60 s'],
          ['records per second (total)', Math.round(r.records / (r.totalMs / 1000)).toLocaleString('en'), ''],
          ['peak RSS of the city process', `${mb(r.peakRss)} MB`, '<= 500 MB'],
          [
            '  of which JS heap / buffers (at the sampled peak)',
            `${mb(r.heapAtPeak)} MB / ${mb(r.externalAtPeak)} MB`,
            '',
          ],
          ['people in the city afterwards', r.stored.toLocaleString('en'), r.records.toLocaleString('en')],
          ['conflicts (ID numbers repeated across generated counties)', r.conflicts, ''],
          ['quick_check', r.integrity, 'ok'],
          ['indexes on people afterwards', r.indexes, ''],
          ...Object.entries(r.grid).map(([view, g]) => [
            `people grid afterwards, ${view}: p95 of 20 pages (first page with a fresh count; slowest)`,
            `${g.p95} ms (${g.first} ms; ${g.max} ms)`,
            '<= 150 ms',
          ]),
        ],
        notes: [
          `(setup, not timed in the total: the 10 packages written in ${seconds(writeMs)})`,
          `preview + apply CPU per package, in order (the table grows by ${PER_COUNTY.toLocaleString('en')} each): ${r.perPackage.map(seconds).join(', ')}`,
          `load average (1, 5, 15 min) before the child: ${loadBefore}, at the end: ${load}, on ${os.cpus().length} cores; CPU is the child's user + system time`,
        ],
      },
    ];
  } finally {
    // BOAI_CITY_BENCH_KEEP=1 keeps the city's database for looking at its query plans afterwards.
    if (process.env.BOAI_CITY_BENCH_KEEP) console.error(`city bench data kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
};
