// Importing a 100,000-row people .xlsx through the same path as the UI (router: importStart -> ready ->
// importCommit validOnly) into a fresh database: rows/s end to end, phase times, peak RSS; the write
// phase against raw better-sqlite3; the whole against LibreOffice's csv conversion; the same rows as .xls;
// exceljs's two readers and SheetJS.
// Each measured import or read runs in a fresh child process built the way the app ships
// (people-import.child.ts bundled by build/bundle-main.mjs), so its RSS is its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { bundleMainEntry, repoRoot } from '../../build/bundle-main.mjs';
import { openDatabase } from '../../db/open';
import { generatePeople } from '../fixtures/people';
import { workbookAs } from '../fixtures/sheetFormats';
import { PEOPLE_HEADER, personCells, writePeopleXlsx } from '../fixtures/xlsx';
import type { importThroughRouter, timeReader } from './people-import.child';
import type { Bench, BenchTable } from './types';

const ROWS = 100_000;
/** Rows of people an .xls sheet holds under a title and a header row. */
const XLS_ROWS = 65_536 - 2;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000);

const PEOPLE_COLUMNS = `id, office_code, created_at, updated_at, created_by, updated_by, row_version, voided, voided_at,
  voided_by, void_reason, name, gender, id_number, id_converted, birth_date, mobile, phone, township, village, work_unit,
  notes, id_reversed, pinyin_full, pinyin_initials`;

/** Our imported rows' column values, inserted with one prepared statement in one transaction into an identical empty table. */
function rawInsert(importedDb: string, dbFile: string): { rows: number; ms: number } {
  const source = new Database(importedDb, { readonly: true });
  const values = source.prepare(`SELECT ${PEOPLE_COLUMNS} FROM people ORDER BY rowid`).raw().all() as unknown[][];
  source.close();
  const store = openDatabase(dbFile);
  const insert = store.sqlite.prepare(
    `INSERT INTO people (${PEOPLE_COLUMNS}) VALUES (${Array(25).fill('?').join(', ')})`,
  );
  const started = performance.now();
  store.sqlite.transaction(() => {
    for (const row of values) insert.run(row);
  })();
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
  const convert = (input: string) =>
    spawnSync(soffice, [profile, '--headless', '--convert-to', 'csv', '--outdir', path.join(dir, 'lo-out'), input], {
      encoding: 'utf8',
      timeout: 600_000,
    });
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

/** Runs the bundled child in a fresh Node and returns the JSON it prints. */
function inChild<T>(bundle: string, ...args: string[]): T {
  const run = spawnSync(process.execPath, [bundle, ...args], {
    encoding: 'utf8',
    timeout: 900_000,
    maxBuffer: 1 << 24,
  });
  if (run.status !== 0) throw new Error(`bench child ${args[0]} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
}

/** The re-import of the same 100,000 people with 10% changed, 更新已登记人员, into the database the first import filled. */
function updateTable(update: NonNullable<Awaited<ReturnType<typeof importThroughRouter>>['update']>): BenchTable {
  const { readMs, validateMs, writeMs } = update.timings;
  return {
    title: `People import, update mode: the same ${ROWS.toLocaleString('en')} people again, every tenth with a new village`,
    columns: ['measure', 'value', 'target'],
    rows: [
      [
        'rows updated / unchanged / added',
        `${update.updated} / ${update.unchanged} / ${update.imported}`,
        `${ROWS / 10} / ${ROWS - ROWS / 10} / 0`,
      ],
      ['end to end (base64 -> ready with the diff -> committed)', `${Math.round(update.totalMs)} ms`, ''],
      ['rows/s end to end', perSecond(ROWS, update.totalMs), ''],
      ['CPU time of the update import (both threads)', `${Math.round(update.cpuMs)} ms`, ''],
      [
        '  read, check and match (stored values looked up per chunk)',
        `${Math.round(readMs)} ms (checking ${Math.round(validateMs)} ms)`,
        '',
      ],
      [
        '  write phase (updates through the record layer: new row version, journal, audit entry each)',
        `${Math.round(writeMs)} ms`,
        '',
      ],
      [
        'peak RSS of the importing process (after the first import in the same process)',
        `${mb(update.peak)} MB (${mb(update.rssBefore)} MB before the file arrived)`,
        '',
      ],
    ],
  };
}

export const peopleImportBench: Bench = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-bench-import-'));
  try {
    const file = path.join(dir, 'people-100k.xlsx');
    const tiny = path.join(dir, 'tiny.xlsx');
    const people = generatePeople(ROWS, 2024);
    await writePeopleXlsx(file, people, { title: '宿城区红十字会志愿者花名册' });
    // The same roster a month later: every tenth person has moved village (更新已登记人员 re-import).
    const corrected = path.join(dir, 'people-100k-corrected.xlsx');
    await writePeopleXlsx(
      corrected,
      people.map((p, i) => (i % 10 === 0 ? { ...p, village: `${p.village ?? ''}新区` } : p)),
      { title: '宿城区红十字会志愿者花名册' },
    );
    // The same rows as Excel 97-2003 .xls (SheetJS writes it; text cells as in the .xlsx) - as many as the
    // format holds: a BIFF8 sheet ends at row 65,536, so an office's 100,000 rows cannot be one .xls sheet.
    const xls = path.join(dir, 'people-65k.xls');
    fs.writeFileSync(
      xls,
      workbookAs([['宿城区红十字会志愿者花名册'], PEOPLE_HEADER, ...people.slice(0, XLS_ROWS).map(personCells)], 'xls'),
    );
    await writePeopleXlsx(tiny, generatePeople(5, 1));

    const bundle = await bundleMainEntry(
      path.join(import.meta.dirname, 'people-import.child.ts'),
      // Inside the repo, so the bundle finds better-sqlite3 (external, as in the app) in node_modules.
      // A folder per checkout: worktrees share node_modules, and another checkout's bench must not overwrite this bundle.
      path.join(repoRoot, 'node_modules/.cache/boai-bench', path.basename(repoRoot), 'people-import-child.cjs'),
    );
    const dataDir = path.join(dir, 'data');
    const ours = inChild<Awaited<ReturnType<typeof importThroughRouter>>>(
      bundle,
      'import',
      dataDir,
      file,
      path.join(repoRoot, 'db/migrations'),
      corrected,
    );
    const raw = rawInsert(path.join(dataDir, 'boai.sqlite'), path.join(dir, 'raw.sqlite'));
    const lo = timeLibreOffice(file, dir, tiny);
    const fromXls = inChild<Awaited<ReturnType<typeof importThroughRouter>>>(
      bundle,
      'import',
      path.join(dir, 'data-xls'),
      xls,
      path.join(repoRoot, 'db/migrations'),
    );
    const READERS = [
      ['streaming', file, 'exceljs streaming WorkbookReader, .xlsx (used for .xlsx)'],
      ['whole', file, 'exceljs Workbook.xlsx.load, .xlsx (whole file)'],
      ['sheetjs', file, 'SheetJS read, .xlsx (whole file)'],
      ['sheetjs', xls, 'SheetJS read, .xls (used for .xls/.et/.ods)'],
    ] as const;
    const readers = READERS.map(([reader, input, label]) => {
      const r = inChild<Awaited<ReturnType<typeof timeReader>>>(bundle, 'read', input, reader);
      return [label, Math.round(r.ms), perSecond(r.rows, r.ms), mb(r.peak)];
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
        [
          'CPU time of the import (both threads; steadier than wall time on a busy machine)',
          `${Math.round(ours.cpuMs)} ms`,
          '',
        ],
        ['  read and check (xlsx read in a worker, rows checked alongside)', `${Math.round(readMs)} ms`, ''],
        ['    of which checking on the main thread (checkPerson, duplicates)', `${Math.round(validateMs)} ms`, ''],
        ['  write phase (one transaction)', `${Math.round(writeMs)} ms (${writeRate.toLocaleString('en')} rows/s)`, ''],
        ['longest event-loop stall while reading and checking', `${Math.round(ours.longestStallMs)} ms`, ''],
        [
          'peak RSS of the importing process',
          `${mb(ours.peak)} MB (${mb(ours.rssBefore)} MB before the file arrived)`,
          '<= 500 MB',
        ],
        [
          "raw better-sqlite3 insert (our rows' values, same table and indexes)",
          `${Math.round(raw.ms)} ms (${rawRate.toLocaleString('en')} rows/s)`,
          '',
        ],
        ['write phase / raw insert', (writeRate / rawRate).toFixed(2), '>= 0.5'],
        'ms' in lo
          ? ['LibreOffice --convert-to csv', `${Math.round(lo.ms)} ms`, '']
          : ['LibreOffice --convert-to csv', `skipped: ${lo.skipped}`, ''],
        ['ours / LibreOffice', 'ms' in lo ? (ours.totalMs / lo.ms).toFixed(2) : 'n/a', '<= 2'],
      ],
      notes: [
        `The write phase also writes one change_journal row per person and one audit entry; the raw insert writes people only. Load average at the end: ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} on ${os.cpus().length} CPUs.`,
      ],
    };
    const xlsTable: BenchTable = {
      title: `The first ${XLS_ROWS.toLocaleString('en')} of the rows as .xls (the format's limit; ${mb(fs.statSync(xls).size)} MB) beside the ${ROWS.toLocaleString('en')}-row .xlsx (${mb(fs.statSync(file).size)} MB)`,
      columns: ['measure', '.xls', '.xlsx'],
      rows: [
        ['rows imported', fromXls.imported, ours.imported],
        ['end to end', `${Math.round(fromXls.totalMs)} ms`, `${Math.round(ours.totalMs)} ms`],
        ['rows/s end to end', perSecond(fromXls.imported, fromXls.totalMs), perSecond(ours.imported, ours.totalMs)],
        ['CPU time (both threads)', `${Math.round(fromXls.cpuMs)} ms`, `${Math.round(ours.cpuMs)} ms`],
        ['read and check', `${Math.round(fromXls.timings.readMs)} ms`, `${Math.round(readMs)} ms`],
        [
          'CPU ms per 1,000 rows',
          ((fromXls.cpuMs / fromXls.imported) * 1000).toFixed(0),
          ((ours.cpuMs / ours.imported) * 1000).toFixed(0),
        ],
        ['peak RSS', `${mb(fromXls.peak)} MB`, `${mb(ours.peak)} MB`],
      ],
    };
    const readerTable: BenchTable = {
      title: 'Readers on the same rows (reading only)',
      columns: ['reader', 'ms', 'rows/s', 'peak RSS MB'],
      rows: readers,
    };
    return [summary, updateTable(ours.update!), xlsTable, readerTable];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
