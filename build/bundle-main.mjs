// `npm run build:main`: bundles the Electron main process and the preload into single CommonJS files
// and copies the migrations beside them, so a package needs only dist/ and the native better-sqlite3.
//   main/main.cjs        electron/main/main.ts and everything it imports (core, router, db)
//   main/xlsx-worker.cjs the worker thread that reads .xlsx imports (core/spreadsheet/xlsxWorker.ts),
//                        found by main.cjs beside itself (BOAI_XLSX_WORKER_BUNDLED)
//   preload/preload.cjs  electron/preload/preload.ts (sandboxed: one file, requires only 'electron')
//   migrations/          db/migrations (main passes this folder to openDatabase)
// Tests import bundleMain / bundlePreload to build the same files into a temp folder.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const repoRoot = path.resolve(import.meta.dirname, '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  // db/open.ts falls back to import.meta.url for its migrations folder; the shell always passes one.
  logOverride: { 'empty-import-meta': 'silent' },
  legalComments: 'none',
};

/** The worker entry's file name beside main.cjs, and the define that tells the bundled code to use it. */
export const XLSX_WORKER_FILE = 'xlsx-worker.cjs';
export const mainDefine = { BOAI_XLSX_WORKER_BUNDLED: JSON.stringify(XLSX_WORKER_FILE) };

/** Bundles `entry` as main-process code into `outfile`, with the xlsx reading worker beside it. */
export async function bundleMainEntry(entry, outfile) {
  const worker = path.join(path.dirname(outfile), XLSX_WORKER_FILE);
  await Promise.all([
    build({ ...common, entryPoints: [entry], outfile, define: mainDefine }),
    build({
      ...common,
      entryPoints: [path.join(repoRoot, 'electron/core/spreadsheet/xlsxWorker.ts')],
      outfile: worker,
    }),
  ]);
  return outfile;
}

/** dist/preload/preload.cjs: one sandbox-loadable file. */
export async function bundlePreload(outDir = path.join(repoRoot, 'dist')) {
  const outfile = path.join(outDir, 'preload/preload.cjs');
  await build({ ...common, entryPoints: [path.join(repoRoot, 'electron/preload/preload.ts')], outfile });
  return outfile;
}

/** dist/main/main.cjs (and its xlsx worker) plus dist/migrations beside it. */
export async function bundleMain(outDir = path.join(repoRoot, 'dist')) {
  const outfile = path.join(outDir, 'main/main.cjs');
  await bundleMainEntry(path.join(repoRoot, 'electron/main/main.ts'), outfile);
  fs.cpSync(path.join(repoRoot, 'db/migrations'), path.join(outDir, 'migrations'), { recursive: true });
  return outfile;
}

/** Writes main/, preload/ and migrations/ under outDir (default: dist/), replacing old ones. */
export async function bundleShell(outDir = path.join(repoRoot, 'dist')) {
  for (const dir of ['main', 'preload', 'migrations'])
    fs.rmSync(path.join(outDir, dir), { recursive: true, force: true });
  const [main, preload] = await Promise.all([bundleMain(outDir), bundlePreload(outDir)]);
  return { main, preload, migrations: path.join(outDir, 'migrations') };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    await bundleShell();
    console.log('Bundled dist/main/main.cjs, dist/preload/preload.cjs and dist/migrations');
  } catch {
    process.exitCode = 1; // esbuild has printed the errors
  }
}
