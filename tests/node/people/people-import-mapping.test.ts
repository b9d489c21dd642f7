// People import when the headers are not enough: the failed job carries the header row, the columns with
// their guessed fields and first values, so the clerk can map them by hand; the same file with that mapping
// goes through. Also a file where no row is recognised as the header: its first row stands in.
import { describe, expect, it } from 'vitest';
import type { ImportMappingProblem, PersonInput } from '@core/people/contract';
import { commitImportJob } from '@core/people/import/jobs';
import { generatePeople } from '../../fixtures/people';
import { workbookBuffer } from '../../fixtures/xlsx';
import { officeBackend } from '../support';
import { previewImport, readyImport } from './people-import-support';

const genderText = (p: PersonInput) => (p.gender === 'M' ? '男' : '女');

describe('people import: the clerk maps what the headers do not say', () => {
  it("a file headed 名字/证号 fails with the columns and their first values, and goes through with the clerk's mapping", async () => {
    const { as, store } = officeBackend();
    const ctx = as(['clerk'], 'people.importCommit');
    const people = generatePeople(4, 31);
    const rows = [
      ['名字', '性别', '证号', '手机'],
      ...people.map((p) => [p.name, genderText(p), p.idNumber, p.mobile ?? null]),
    ];
    // A column with values but no header text (a note someone added beside the table).
    rows[2]!.push(null, '已回访');
    const content = await workbookBuffer(rows, { title: '2024年志愿者名单' });

    const { status } = await previewImport(ctx, '名单.xlsx', content);
    expect(status.phase).toBe('failed');
    expect(status.error?.code).toBe('IMPORT_MAPPING_INCOMPLETE');
    const problem = status.error!.details as unknown as ImportMappingProblem;
    expect(problem.missing).toEqual(['idNumber']);
    expect(problem.headerRow).toBe(2);
    expect(problem.columns.map(({ index, header, field }) => [index, header, field])).toEqual([
      [0, '名字', 'name'],
      [1, '性别', 'gender'],
      [2, '证号', null],
      [3, '手机', 'mobile'],
      [4, '', null],
      [5, '', null],
    ]);
    expect(problem.columns[2]!.samples).toEqual(people.slice(0, 3).map((p) => p.idNumber));
    expect(problem.columns[0]!.samples).toEqual(people.slice(0, 3).map((p) => p.name));
    expect(problem.columns[5]!.samples).toEqual(['已回访']);

    const { jobId, preview } = await readyImport(ctx, '名单.xlsx', content, [
      { index: 2, field: 'idNumber' },
      { index: 5, field: 'notes' },
    ]);
    expect(preview.columns.map((c) => c.field)).toEqual(['name', 'gender', 'idNumber', 'mobile', null, 'notes']);
    expect(preview).toMatchObject({ headerRow: 2, rows: 4, valid: 4, invalid: 0, issues: [] });
    expect(await commitImportJob(ctx, jobId, 'allOrNothing')).toMatchObject({ imported: 4 });
    const stored = store.sqlite.prepare('SELECT name, id_number, notes FROM people ORDER BY id_number').all();
    expect(stored).toEqual(
      people
        .map((p, i) => ({ name: p.name, id_number: p.idNumber, notes: i === 1 ? '已回访' : null }))
        .sort((a, b) => a.id_number.localeCompare(b.id_number)),
    );
  });

  it('a mapping that still leaves a required field without a column fails the same way', async () => {
    const { as } = officeBackend();
    const [a] = generatePeople(1, 32) as [PersonInput];
    const content = await workbookBuffer([
      ['名字', '证号', '手机'],
      [a.name, a.idNumber, a.mobile ?? null],
    ]);
    const { status } = await previewImport(as(['clerk']), 'x.xlsx', content, [
      { index: 0, field: null },
      { index: 1, field: 'idNumber' },
    ]);
    expect(status.error).toMatchObject({
      code: 'IMPORT_MAPPING_INCOMPLETE',
      details: { missing: ['name'], headerRow: 1 },
    });
  });

  it("with no recognisable header the first row stands in: IMPORT_NO_HEADER with its columns, then the clerk's mapping", async () => {
    const { as, store } = officeBackend();
    const ctx = as(['clerk'], 'people.importCommit');
    const people = generatePeople(3, 33);
    const csv = ['人员,号码,住址', ...people.map((p) => `${p.name},${p.idNumber},${p.township ?? ''}`), ''].join('\n');
    const content = Buffer.from(csv);

    const { status } = await previewImport(ctx, '名单.csv', content);
    expect(status.error?.code).toBe('IMPORT_NO_HEADER');
    const problem = status.error!.details as unknown as ImportMappingProblem;
    expect(problem).toMatchObject({ missing: ['name', 'idNumber'], headerRow: 1 });
    expect(problem.columns.map((c) => [c.header, c.field, c.samples.length])).toEqual([
      ['人员', null, 3],
      ['号码', null, 3],
      ['住址', null, 3],
    ]);

    const mapping = [
      { index: 0, field: 'name' as const },
      { index: 1, field: 'idNumber' as const },
      { index: 2, field: 'township' as const },
    ];
    const { jobId, preview } = await readyImport(ctx, '名单.csv', content, mapping);
    expect(preview).toMatchObject({ headerRow: 1, rows: 3, valid: 3 });
    expect(await commitImportJob(ctx, jobId, 'allOrNothing')).toMatchObject({ imported: 3 });
    expect(store.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(3);
  });
});
