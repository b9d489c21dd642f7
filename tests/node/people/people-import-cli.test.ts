// `people import` and `people export` run for real: `node --import tsx electron/cli/main.ts` in a child process.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { errorSentence } from '@api/messages/errorSentence';
import { runCli } from '../cli-support';
import { officeBackend, tempDir } from '../support';
import { FIVE_BAD, rosterWithFiveBadRows } from './people-import-support';

// The tests run under an English locale (LANG=C.UTF-8), so each row's message is the English sentence.
/** Each run starts Node and tsx and signs in (several seconds on a loaded machine). */
const CLI_RUNS_TIMEOUT = 300_000;
const FIVE_BAD_ERRORS = FIVE_BAD.map(([row, field, code]) => ({
  row,
  field,
  code,
  message: errorSentence(String(code), {}, 'en'),
}));

describe('cli: people import and export', () => {
  it(
    'previews with --dry-run without changing anything, then imports the valid rows',
    { timeout: CLI_RUNS_TIMEOUT },
    async () => {
      const { backend, store } = officeBackend();
      const file = path.join(tempDir(), '花名册.xlsx');
      fs.writeFileSync(file, (await rosterWithFiveBadRows()).content);
      const counts = () =>
        store.sqlite
          .prepare(
            `SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM change_journal),
      (SELECT count(*) FROM audit_log WHERE method <> 'auth.login')`,
          )
          .raw()
          .get(); // the CLI's sign-in is audited
      const before = counts();

      const dry = runCli(backend.dataDir, ['people', 'import', file, '--dry-run', '--json']);
      expect(dry.status).toBe(0);
      expect(dry.json()).toEqual({ rows: 20, valid: 15, invalid: 5, duplicates: 0, errors: FIVE_BAD_ERRORS });
      expect(counts()).toEqual(before);

      const rejected = path.join(tempDir(), 'rejected.xlsx');
      const real = runCli(backend.dataDir, ['people', 'import', file, '--json', '--rejected', rejected]);
      expect(real.status).toBe(0);
      expect(real.json()).toEqual({
        rows: 20,
        valid: 15,
        invalid: 5,
        duplicates: 0,
        errors: FIVE_BAD_ERRORS,
        imported: 15,
      });
      expect(store.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(15);
      // Written as the user the CLI signed in as (cli-support: the office's administrator), not as the machine.
      expect(store.sqlite.prepare(`SELECT DISTINCT created_by FROM people`).pluck().all()).toEqual(['admin']);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(rejected);
      expect(workbook.worksheets[0]!.rowCount).toBe(6);

      const again = runCli(backend.dataDir, ['people', 'import', file, '--json']).json();
      expect(again).toMatchObject({ rows: 20, valid: 0, invalid: 20, duplicates: 15, imported: 0 });
    },
  );

  it(
    'exits non-zero with a clear message when the file cannot be read, or there is no office',
    { timeout: CLI_RUNS_TIMEOUT },
    () => {
      const { backend } = officeBackend();
      const dir = tempDir();
      const pdf = path.join(dir, 'notes.pdf');
      fs.writeFileSync(pdf, '%PDF-1.4');
      const noHeader = path.join(dir, 'numbers.csv');
      fs.writeFileSync(noHeader, '1,2,3\n4,5,6\n');
      for (const [file, code] of [
        [path.join(dir, 'missing.xlsx'), 'FILE_NOT_FOUND'],
        [pdf, 'IMPORT_FILE_TYPE'],
        [noHeader, 'IMPORT_NO_HEADER'],
      ]) {
        const run = runCli(backend.dataDir, ['people', 'import', file!, '--dry-run', '--json']);
        expect(run.status).not.toBe(0);
        expect(run.json()).toMatchObject({ ok: false, code });
        expect(run.stderr).toContain(code);
      }
      const noOffice = runCli(tempDir(), ['people', 'import', noHeader, '--dry-run', '--json']);
      expect(noOffice.status).not.toBe(0);
      expect(noOffice.json()).toMatchObject({ ok: false, code: 'OFFICE_NOT_SET_UP' });
    },
  );

  it('exports the registry, masked (without birth dates) unless --reveal', { timeout: CLI_RUNS_TIMEOUT }, async () => {
    const { backend, store } = officeBackend();
    const source = path.join(tempDir(), 'in.xlsx');
    fs.writeFileSync(source, (await rosterWithFiveBadRows()).content);
    runCli(backend.dataDir, ['people', 'import', source, '--json']);
    const ids = (store.sqlite.prepare('SELECT id_number FROM people').pluck().all() as string[]).sort();
    const dir = tempDir();
    for (const reveal of [false, true]) {
      const file = path.join(dir, `out-${reveal}.xlsx`);
      const run = runCli(backend.dataDir, ['people', 'export', file, '--json', ...(reveal ? ['--reveal'] : [])]);
      expect(run.status).toBe(0);
      expect(run.json()).toEqual({ ok: true, file, rows: 15, revealIds: reveal });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const exported: string[] = [];
      workbook.worksheets[0]!.eachRow((row, n) => {
        if (n > 1) exported.push(row.getCell(3).value as string);
      });
      if (reveal) expect(exported.sort()).toEqual(ids);
      else expect(exported.every((id) => /^\d{6}\*{8}\d{3}[\dX]$/.test(id))).toBe(true);
      // The birth date is the mask's hidden digits: only a file with full ID numbers carries it.
      expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).includes('出生日期')).toBe(reveal);
    }
  });
});
