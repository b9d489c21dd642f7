// The .xlsx reading worker from both places it runs: from sources (tsx, vitest: the TypeScript entry)
// and from the bundled main process, where build/bundle-main.mjs writes it beside main.cjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHeaderRow } from '@core/people/import/headers';
import { openTable } from '@core/spreadsheet/read';
import { bundleMainEntry, repoRoot, XLSX_WORKER_FILE } from '../../../build/bundle-main.mjs';
import { generatePeople } from '../../fixtures/people';
import { PEOPLE_HEADER, personCells, workbookBuffer } from '../../fixtures/xlsx';
import { tempDir } from '../support';

async function rosterFile(dir: string, count: number): Promise<string> {
  const file = path.join(dir, 'roster.xlsx');
  fs.writeFileSync(
    file,
    await workbookBuffer([['说明：请勿修改表头'], PEOPLE_HEADER, ...generatePeople(count, 7).map(personCells)]),
  );
  return file;
}

/** What openTable gives for `file`, as the bundled entry prints it: header row, header, row count, first ID. */
const SUMMARY_ENTRY = `
import fs from 'node:fs';
import { openTable } from '${path.join(repoRoot, 'electron/core/spreadsheet/read.ts').replaceAll('\\', '/')}';
import { findHeaderRow } from '${path.join(repoRoot, 'electron/core/people/import/headers.ts').replaceAll('\\', '/')}';
void (async () => {
  const table = await openTable('roster.xlsx', fs.readFileSync(process.argv[1]), findHeaderRow);
  let rows = table.rows.length;
  for await (const batch of table.batches) rows += batch.length;
  console.log(JSON.stringify({ headerRow: table.headerRow, header: table.header, rows, firstId: table.rows[0].cells[2] }));
})();
`;

describe('people import: the xlsx reading worker', () => {
  it('streams the rows under the header from sources', async () => {
    const dir = tempDir();
    const people = generatePeople(1200, 7);
    const table = await openTable('roster.xlsx', fs.readFileSync(await rosterFile(dir, 1200)), findHeaderRow);
    const rows = [...table.rows];
    for await (const batch of table.batches) rows.push(...batch);
    expect([table.headerRow, table.header]).toEqual([2, PEOPLE_HEADER]);
    expect(rows.map((r) => r.cells[2])).toEqual(people.map((p) => p.idNumber));
    expect(rows.at(-1)!.number).toBe(1202);
  });

  it('runs from the bundle, found beside it', async () => {
    const dir = tempDir('boai-worker-bundle-');
    const entry = path.join(dir, 'entry.ts');
    fs.writeFileSync(entry, SUMMARY_ENTRY);
    const outfile = await bundleMainEntry(entry, path.join(dir, 'dist', 'main', 'entry.cjs'));
    expect(fs.existsSync(path.join(dir, 'dist', 'main', XLSX_WORKER_FILE))).toBe(true);
    // Run from elsewhere, without tsx: only the bundled files and node_modules' native modules are there.
    const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(outfile)})`, await rosterFile(dir, 600)], {
      encoding: 'utf8',
      cwd: dir,
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      headerRow: 2,
      header: PEOPLE_HEADER,
      rows: 600,
      firstId: generatePeople(600, 7)[0]!.idNumber,
    });
  }, 120_000);
});
