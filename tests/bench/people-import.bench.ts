// Importing a 100,000-row people .xlsx through the same path as the UI (router: importStart -> ready ->
// importCommit validOnly) into a fresh database: rows/s end to end, phase times, peak RSS; the write
// phase against raw better-sqlite3; the whole against LibreOffice's csv conversion; exceljs's two readers.
// Each measured import or read runs in a fresh child process, so its RSS is its own, not the
// generator's or an earlier benchmark's.
import { spawnSync } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openBackend } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import type { ImportStatus } from '../../electron/api/people';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open';
import { importJobTimings } from '../../electron/core/people/import/jobs';
import { xlsxSheets } from '../../electron/core/people/import/xlsx';
import { generatePeople } from '../fixtures/people';
import { writePeopleXlsx } from '../fixtures/xlsx';
import type { Bench, BenchTable } from './types';

const ROWS = 100_000;
const PASSWORD = 'bench-password-1';

function rssSampler() {
  let peak = process.memoryUsage().rss;
  const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
  const timer = setInterval(sample, 50);
  return { stop: () => { clearInterval(timer); sample(); return peak; } };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000);

async function importThroughRouter(dataDir: string, file: string) {
  const backend = openBackend(dataDir);
  const system: CoreContext = { store: backend.store, actor: null, method: 'bench.setup', now: () => new Date() };
  setupOffice(system, { code: '321302', name: '宿城区红十字会', role: 'county', admin: { username: 'admin', password: PASSWORD } });
  const caller = { sessionKey: 'bench' };
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await backend.router.call(method, input, caller);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const user = await call<{ id: string; username: string; displayName: string; roles: ['admin'] }>('auth.login', { username: 'admin', password: PASSWORD });

  const rssBefore = process.memoryUsage().rss;
  const sampler = rssSampler();
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  const started = performance.now();
  const contentBase64 = fs.readFileSync(file).toString('base64'); // what the renderer sends
  stalls.enable(); // from the moment the job runs in the background until it is ready
  const { jobId } = await call<{ jobId: string }>('people.importStart', { fileName: path.basename(file), contentBase64 });
  let status = await call<ImportStatus>('people.importStatus', { jobId });
  while (status.phase === 'reading' || status.phase === 'validating') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = await call<ImportStatus>('people.importStatus', { jobId });
  }
  if (status.phase !== 'ready') throw new Error(`import ${status.phase}: ${JSON.stringify(status.error)}`);
  stalls.disable();
  const result = await call<{ imported: number }>('people.importCommit', { jobId, mode: 'validOnly' });
  const totalMs = performance.now() - started;
  const peak = sampler.stop();
  const ctx: CoreContext = { store: backend.store, actor: { userId: user.id, username: user.username, displayName: user.displayName, roles: user.roles }, method: 'bench', now: () => new Date() };
  const timings = importJobTimings(ctx, jobId)!;
  backend.close();
  return { totalMs, timings, imported: result.imported, valid: status.preview!.valid, rssBefore, peak, longestStallMs: stalls.max / 1e6 };
}

const PEOPLE_COLUMNS = `id, office_code, created_at, updated_at, created_by, updated_by, row_version, voided, voided_at,
  voided_by, void_reason, name, gender, id_number, id_converted, birth_date, mobile, phone, township, village, work_unit,
  notes, id_reversed, pinyin_full, pinyin_initials`;

/** Our imported rows' column values, inserted with one prepared statement in one transaction into an identical empty table. */
function rawInsert(importedDb: string, dbFile: string): { rows: number; ms: number } {
  const source = new Database(importedDb, { readonly: true });
  const values = source.prepare(`SELECT ${PEOPLE_COLUMNS} FROM people ORDER BY rowid`).raw().all() as unknown[][];
  source.close();
  const store = openDatabase(dbFile);
  const insert = store.sqlite.prepare(`INSERT INTO people (${PEOPLE_COLUMNS}) VALUES (${Array(25).fill('?').join(', ')})`);
  const started = performance.now();
  store.sqlite.transaction(() => { for (const row of values) insert.run(row); })();
  const ms = performance.now() - started;
  store.sqlite.close();
  return { rows: values.length, ms };
}

function whichSoffice(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** soffice's own time for the conversion; a first conversion of a tiny file sets up its profile untimed. */
function timeLibreOffice(file: string, dir: string, tiny: string): { ms: number } | { skipped: string } {
  const soffice = whichSoffice();
  if (!soffice) return { skipped: 'soffice is not on PATH' };
  const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
  const convert = (input: string) => spawnSync(soffice, [profile, '--headless', '--convert-to', 'csv', '--outdir', path.join(dir, 'lo-out'), input],
    { encoding: 'utf8', timeout: 600_000 });
  const warm = convert(tiny);
  if (warm.status !== 0) return { skipped: `soffice failed: ${warm.stderr.trim().slice(0, 200)}` };
  const started = performance.now();
  const run = convert(file);
  const ms = performance.now() - started;
  if (run.status !== 0 || !fs.existsSync(path.join(dir, 'lo-out', `${path.basename(file, '.xlsx')}.csv`))) {
    return { skipped: `soffice failed: ${(run.stderr || String(run.error)).trim().slice(0, 200)}` };
  }
  return { ms };
}

/** Reads the file with one of exceljs's readers: ms, rows and peak RSS. */
async function timeReader(file: string, reader: 'streaming' | 'whole') {
  const bytes = fs.readFileSync(file);
  const sampler = rssSampler();
  const started = performance.now();
  let rows = 0;
  if (reader === 'streaming') {
    for await (const sheet of xlsxSheets(bytes)) for await (const row of sheet.rows) if (row.cells.length > 0) rows++;
  } else {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    workbook.worksheets[0]!.eachRow(() => { rows++; });
  }
  return { ms: performance.now() - started, rows, peak: sampler.stop() };
}

const thisFile = import.meta.filename;

/** Runs this file in a fresh Node (with tsx) and returns the JSON it prints. */
function inChild<T>(...args: string[]): T {
  const run = spawnSync(process.execPath, ['--import', 'tsx', thisFile, 'child', ...args], { encoding: 'utf8', timeout: 900_000, maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`bench child ${args[0]} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
}

async function child(mode: string, args: string[]): Promise<unknown> {
  if (mode === 'import') return importThroughRouter(args[0]!, args[1]!);
  if (mode === 'read') return timeReader(args[0]!, args[1] as 'streaming' | 'whole');
  throw new Error(`unknown child mode ${mode}`);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url && process.argv[2] === 'child') {
  console.log(JSON.stringify(await child(process.argv[3]!, process.argv.slice(4))));
}

export const peopleImportBench: Bench = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-bench-import-'));
  try {
    const file = path.join(dir, 'people-100k.xlsx');
    const tiny = path.join(dir, 'tiny.xlsx');
    await writePeopleXlsx(file, generatePeople(ROWS, 2024), { title: '宿城区红十字会志愿者花名册' });
    await writePeopleXlsx(tiny, generatePeople(5, 1));

    const dataDir = path.join(dir, 'data');
    const ours = inChild<Awaited<ReturnType<typeof importThroughRouter>>>('import', dataDir, file);
    const raw = rawInsert(path.join(dataDir, 'boai.sqlite'), path.join(dir, 'raw.sqlite'));
    const lo = timeLibreOffice(file, dir, tiny);
    const readers = (['streaming', 'whole'] as const).map((reader) => {
      const r = inChild<{ ms: number; rows: number; peak: number }>('read', file, reader);
      return [reader === 'streaming' ? 'streaming WorkbookReader (used)' : 'Workbook.xlsx.load (whole file)',
        Math.round(r.ms), perSecond(r.rows, r.ms), mb(r.peak)];
    });

    const { readMs, validateMs, writeMs } = ours.timings;
    const writeRate = perSecond(ours.imported, writeMs);
    const rawRate = perSecond(raw.rows, raw.ms);
    const summary: BenchTable = {
      title: `People import: ${ROWS.toLocaleString('en')} rows of .xlsx through the UI's job API (validOnly)`,
      columns: ['measure', 'value', 'target'],
      rows: [
        ['rows imported', ours.imported, String(ROWS)],
        ['end to end (base64 -> ready -> committed)', `${Math.round(ours.totalMs)} ms`, ''],
        ['rows/s end to end', perSecond(ours.imported, ours.totalMs), '>= 20,000'],
        ['  read and check (xlsx read in a worker, rows checked alongside)', `${Math.round(readMs)} ms`, ''],
        ['    of which checking on the main thread (checkPerson, duplicates)', `${Math.round(validateMs)} ms`, ''],
        ['  write phase (one transaction)', `${Math.round(writeMs)} ms (${writeRate.toLocaleString('en')} rows/s)`, ''],
        ['longest event-loop stall while reading and checking', `${Math.round(ours.longestStallMs)} ms`, ''],
        ['peak RSS of the importing process', `${mb(ours.peak)} MB (${mb(ours.rssBefore)} MB before the file arrived)`, '<= 500 MB'],
        ['raw better-sqlite3 insert (our rows\' values, same table and indexes)', `${Math.round(raw.ms)} ms (${rawRate.toLocaleString('en')} rows/s)`, ''],
        ['write phase / raw insert', (writeRate / rawRate).toFixed(2), '>= 0.5'],
        'ms' in lo
          ? ['LibreOffice --convert-to csv', `${Math.round(lo.ms)} ms`, '']
          : ['LibreOffice --convert-to csv', `skipped: ${lo.skipped}`, ''],
        ['ours / LibreOffice', 'ms' in lo ? (ours.totalMs / lo.ms).toFixed(2) : 'n/a', '<= 2'],
      ],
      notes: [`The write phase also writes one change_journal row per person and one audit entry; the raw insert writes people only. Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs.`],
    };
    const readerTable: BenchTable = {
      title: 'exceljs readers on the same file (reading only)',
      columns: ['reader', 'ms', 'rows/s', 'peak RSS MB'],
      rows: readers,
    };
    return [summary, readerTable];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
