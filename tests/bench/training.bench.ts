// Training at a city's cumulative scale: statistics for a year over 230,000 certificates of 200,000 people
// (target <= 500 ms), and a 100,000-row legacy register imported end to end through the router in a fresh
// process (target >= 10,000 rows/s, peak RSS <= 500 MB). Seeds go through the record layer's inserter.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { bundleMainEntry, repoRoot } from '../../build/bundle-main.mjs';
import { openBackend } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import { trainingStats } from '../../electron/core/training/stats/stats';
import { addDays } from '../../rules/dates';
import { generatePeople } from '../fixtures/people';
import { seedPeople } from '../fixtures/registryPeople';
import { LEGACY_HEADER } from '../node/training/training-legacy-support';
import { seedCertificatesAndCourses, seededRandom } from './training-seed';
import type { Bench, BenchTable } from './types';

const PEOPLE = 200_000;
const CERTIFICATES = 230_000;
const COURSES_PER_YEAR = 1500;
const LEGACY_ROWS = 100_000;
const RUNS = 7;

export function seedTraining(dir: string) {
  const backend = openBackend(dir);
  const ctx: CoreContext = {
    store: backend.store,
    actor: { userId: 'bench', username: 'bench', displayName: 'bench', roles: ['admin'] },
    method: 'bench.seed',
    now: () => new Date(),
  };
  setupOffice(
    { ...ctx, actor: null },
    {
      code: '321302',
      name: '宿城区红十字会',
      role: 'county',
      admin: { username: 'admin', password: 'bench-password-1' },
    },
  );
  const people = seedPeople(backend.store, PEOPLE, 11);
  seedCertificatesAndCourses(ctx, people, CERTIFICATES, COURSES_PER_YEAR);
  return { backend, ctx };
}

async function statsTable(dir: string): Promise<BenchTable> {
  const { backend, ctx } = seedTraining(dir);
  trainingStats(ctx, { year: 2025 }); // warm
  const times: number[] = [];
  let figures = trainingStats(ctx, { year: 2025 });
  const cpuBefore = process.cpuUsage();
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    figures = trainingStats(ctx, { year: 2025 });
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  backend.close();
  times.sort((a, b) => a - b);
  const total = figures.total;
  return {
    title: `Training statistics for 2025 over ${CERTIFICATES.toLocaleString('en')} certificates of ${PEOPLE.toLocaleString('en')} people`,
    columns: ['measure', 'value', 'target'],
    rows: [
      ['median of 7 runs', `${Math.round(times[RUNS >> 1]!)} ms`, '<= 500 ms'],
      ['slowest run', `${Math.round(times[RUNS - 1]!)} ms`, '<= 500 ms'],
      ['CPU per run (user + sys)', `${Math.round((cpu.user + cpu.system) / 1000 / RUNS)} ms`, ''],
      [
        'certificates issued / renewals / newly certified',
        `${total.certificatesIssued} / ${total.renewals} / ${total.personsCertified}`,
        '',
      ],
      ['valid holders at year end / courses held', `${total.personsWithValidCertificate} / ${total.coursesHeld}`, ''],
    ],
  };
}

const DATE_FORMS = [
  (d: string) => d,
  (d: string) => d.replaceAll('-', '/').replace(/\/0/g, '/'),
  (d: string) => d.replaceAll('-', '.'),
  (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`,
];

async function writeRegister(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('持证台账');
  const title = sheet.addRow(['救护员证登记台账']);
  sheet.mergeCells(1, 1, 1, LEGACY_HEADER.length);
  title.commit();
  sheet.addRow(LEGACY_HEADER).commit();
  const random = seededRandom(5);
  generatePeople(LEGACY_ROWS, 5).forEach((p, n) => {
    const issued = addDays('2016-01-01', Math.floor(random() * 3000));
    const row = sheet.addRow([
      n + 1,
      p.name,
      p.gender === 'M' ? '男' : '女',
      p.idNumber,
      `LG-${String(n + 1).padStart(6, '0')}`,
      n % 7 === 0 ? '红十字救护员' : '救护员',
      DATE_FORMS[n % DATE_FORMS.length]!(issued),
      null,
      p.township ?? null,
      p.workUnit ?? null,
      '社区',
    ]);
    row.getCell(4).numFmt = '@';
    row.commit();
  });
  sheet.commit();
  await workbook.commit();
}

async function importTable(dir: string): Promise<BenchTable> {
  const file = path.join(dir, 'register.xlsx');
  await writeRegister(file);
  const bundle = await bundleMainEntry(
    path.join(import.meta.dirname, 'training.child.ts'),
    path.join(repoRoot, 'node_modules/.cache/boai-bench', path.basename(repoRoot), 'training-child.cjs'),
  );
  // BOAI_TRAINING_BENCH_NODE_ARGS passes node flags to the measured child, e.g. "--cpu-prof --cpu-prof-dir /tmp/prof".
  const nodeArgs = process.env.BOAI_TRAINING_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const run = spawnSync(
    process.execPath,
    [...nodeArgs, bundle, path.join(dir, 'import-data'), file, path.join(repoRoot, 'db/migrations')],
    {
      encoding: 'utf8',
      timeout: 900_000,
    },
  );
  if (run.status !== 0) throw new Error(`training bench child failed: ${run.stderr}`);
  const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
    ms: number;
    rows: number;
    imported: number;
    invalid: number;
    peopleAdded: number;
    stored: number;
    rssBeforeMb: number;
    peakRssMb: number;
    cpuMs: number;
  };
  return {
    title: `Legacy register import: ${LEGACY_ROWS.toLocaleString('en')} rows (.xlsx, ${Math.round(fs.statSync(file).size / 1048576)} MB) through the router, fresh process`,
    columns: ['measure', 'value', 'target'],
    rows: [
      ['rows / imported / invalid / people added', `${r.rows} / ${r.imported} / ${r.invalid} / ${r.peopleAdded}`, ''],
      ['end to end (base64 -> read, checked, written)', `${Math.round(r.ms)} ms`, ''],
      ['rows/s end to end', Math.round((r.rows / r.ms) * 1000), '>= 10,000'],
      ['CPU of the import, both threads (user + sys)', `${Math.round(r.cpuMs)} ms`, ''],
      ['peak RSS of the process', `${r.peakRssMb} MB (before: ${r.rssBeforeMb} MB)`, '<= 500 MB'],
    ],
  };
}

function inTempDir(tables: (dir: string) => Promise<BenchTable[]>): Bench {
  return async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-training-bench-'));
    try {
      return await tables(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

export const trainingBench = inTempDir(async (dir) => [
  await statsTable(path.join(dir, 'stats')),
  await importTable(dir),
]);

/** `npm run bench training-legacy`: the legacy register import alone. */
export const trainingLegacyBench = inTempDir(async (dir) => [await importTable(dir)]);
