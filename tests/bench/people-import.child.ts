// The measured side of the people import bench, run in a fresh process as an esbuild bundle - the form the
// app ships in (dist/main), with the .xlsx worker bundled beside it - so its RSS is the import's own, not
// tsx's or the generator's. `node child.cjs import <dataDir> <file> <migrationsDir>` or `read <file> <reader>`
// prints one JSON line.
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { openBackend } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import type { ImportStatus } from '../../electron/core/people/contract';
import { importJobTimings } from '../../electron/core/people/import/jobs';
import { workbookSheets } from '../../electron/core/spreadsheet/workbook';
import { xlsxSheets } from '../../electron/core/spreadsheet/xlsx';
import { memoryCaller } from '../../electron/router';

const PASSWORD = 'bench-password-1';

/** Samples RSS every 50 ms; `phase` names what the process was doing, so the peak says where it came. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  let phase = 'starting';
  let peakPhase = phase;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) [peak, peakPhase] = [rss, phase];
  };
  const timer = setInterval(sample, 50);
  return {
    enter: (next: string) => {
      sample();
      phase = next;
    },
    peakPhase: () => peakPhase,
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** `updateFile`: then imports it with 更新已登记人员 (the same people, some changed) and times that too. */
export async function importThroughRouter(dataDir: string, file: string, migrationsDir: string, updateFile?: string) {
  const backend = openBackend(dataDir, { migrationsDir });
  const system: CoreContext = { store: backend.store, actor: null, method: 'bench.setup', now: () => new Date() };
  setupOffice(system, {
    code: '321302',
    name: '宿城区红十字会',
    role: 'county',
    admin: { username: 'admin', password: PASSWORD },
  });
  const caller = memoryCaller();
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await backend.router.call(method, input, caller);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const user = await call<{ id: string; username: string; displayName: string; roles: ['admin'] }>('auth.login', {
    username: 'admin',
    password: PASSWORD,
  });
  const ctx: CoreContext = {
    store: backend.store,
    actor: { userId: user.id, username: user.username, displayName: user.displayName, roles: user.roles },
    method: 'bench',
    now: () => new Date(),
  };

  const timed = async (source: string, update?: { clearBlanks: [] }) => {
    const rssBefore = process.memoryUsage().rss;
    const sampler = rssSampler();
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const contentBase64 = fs.readFileSync(source).toString('base64'); // what the renderer sends
    stalls.enable(); // from the moment the job runs in the background until it is ready
    const { jobId } = await call<{ jobId: string }>('people.importStart', {
      fileName: path.basename(source),
      contentBase64,
      update,
    });
    let status = await call<ImportStatus>('people.importStatus', { jobId });
    while (status.phase === 'reading' || status.phase === 'validating') {
      sampler.enter(status.phase);
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await call<ImportStatus>('people.importStatus', { jobId });
    }
    sampler.enter('committing');
    if (status.phase !== 'ready') throw new Error(`import ${status.phase}: ${JSON.stringify(status.error)}`);
    stalls.disable();
    const result = await call<{ imported: number; updated?: number; unchanged?: number }>('people.importCommit', {
      jobId,
      mode: 'validOnly',
    });
    const totalMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore); // both threads: the reader worker and the main thread
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const peak = sampler.stop();
    const peakPhase = sampler.peakPhase();
    const timings = importJobTimings(ctx, jobId)!;
    return {
      totalMs,
      cpuMs,
      timings,
      imported: result.imported,
      updated: result.updated,
      unchanged: result.unchanged,
      valid: status.preview!.valid,
      rssBefore,
      peak,
      peakPhase,
      longestStallMs: stalls.max / 1e6,
    };
  };
  const plain = await timed(file);
  const update = updateFile ? await timed(updateFile, { clearBlanks: [] }) : null;
  backend.close();
  return { ...plain, update };
}

/** Reads the file with one of exceljs's readers, or SheetJS (workbook.ts): ms, rows and peak RSS. */
export async function timeReader(file: string, reader: 'streaming' | 'whole' | 'sheetjs') {
  const bytes = fs.readFileSync(file);
  const sampler = rssSampler();
  const started = performance.now();
  let rows = 0;
  if (reader === 'streaming' || reader === 'sheetjs') {
    const sheets = reader === 'streaming' ? xlsxSheets(bytes) : workbookSheets(bytes);
    for await (const sheet of sheets) for await (const row of sheet.rows) if (row.cells.length > 0) rows++;
  } else {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    workbook.worksheets[0]!.eachRow(() => {
      rows++;
    });
  }
  return { ms: performance.now() - started, rows, peak: sampler.stop() };
}

async function child(mode: string | undefined, args: string[]): Promise<unknown> {
  if (mode === 'import') return importThroughRouter(args[0]!, args[1]!, args[2]!, args[3]);
  if (mode === 'read') return timeReader(args[0]!, args[1] as 'streaming' | 'whole' | 'sheetjs');
  throw new Error(`unknown child mode ${mode}`);
}

// A CommonJS bundle has no top-level await.
void child(process.argv[2], process.argv.slice(3)).then((result) => console.log(JSON.stringify(result)));
