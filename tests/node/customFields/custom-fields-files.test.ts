// A person's custom values in the grid (sort, filter), in the xlsx export (a column per visible field, headed by its
// label) and back through the import (the column mapped by that label, each value checked, bad rows listed).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { ExportedFile, PeoplePage, PersonSaveResult } from '@core/people/contract';
import { commitImportJob } from '@core/people/import/jobs';
import { workbookBuffer } from '../../fixtures/xlsx';
import { issueTriples, previewImport, readyImport } from '../people/people-import-support';
import { li, officeWithUsers, zhang } from './support';

const wang = { name: '王五', idNumber: '321302197708080015', township: '蔡集镇' };

async function registry() {
  const office = await officeWithUsers();
  const define = (input: Record<string, unknown>) =>
    office.value<CustomFieldRow>('admin', 'customFields.create', { roster: 'people', inGrid: true, ...input });
  await define({ labelZh: '血型', labelEn: 'Blood type', type: 'choice', choices: ['A', 'B', 'O', 'AB'] });
  await define({ labelZh: '献血次数', labelEn: 'Donations', type: 'number' });
  await define({ labelZh: '入会日期', labelEn: 'Joined', type: 'date' });
  const retired = await define({ labelZh: '旧编号', labelEn: 'Old number', type: 'text' });
  await define({ labelZh: '是否党员', labelEn: 'Party member', type: 'yesno' });
  const create = (person: object, customFields: object) =>
    office.value<PersonSaveResult>('clerk', 'people.create', { person: { ...person, customFields } });
  await create(zhang, { f1: 'O', f2: 12, f3: '2020-05-01', f4: 'J-7', f5: true });
  await create(li, { f1: 'A', f2: 3, f5: false });
  await create(wang, { f1: 'O', f2: 30, f3: '2023-01-09' });
  // A removed field: no longer exported or filled, its values kept.
  await office.value('admin', 'customFields.update', { id: retired.id, rowVersion: 1, patch: { hidden: true } });
  return office;
}

const names = (page: PeoplePage) => page.rows.map((r) => r.name);

async function sheetRows(file: ExportedFile): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('custom values in the grid and the files', () => {
  it('sort and filter the grid like the built-in columns', async () => {
    const { value } = await registry();
    const list = (query: object) => value<PeoplePage>('viewer', 'people.list', { offset: 0, limit: 100, ...query });
    expect(names(await list({ sort: [{ column: 'f2', direction: 'desc' }] }))).toEqual(['王五', '张三', '李四']);
    const filter = (key: string, match: object) => list({ columnFilters: [{ kind: 'custom', key, match }] });
    expect(names(await filter('f1', { op: 'choice', values: ['O'] }))).toEqual(['王五', '张三']);
    expect(names(await filter('f2', { op: 'numberRange', min: 10, max: 20 }))).toEqual(['张三']);
    expect(names(await filter('f3', { op: 'dateRange', from: '2023-01-01' }))).toEqual(['王五']);
    expect(names(await filter('f3', { op: 'dateRange', from: '2020-05-01', to: '2023-01-09' }))).toEqual([
      '王五',
      '张三',
    ]);
    expect(names(await filter('f3', { op: 'dateRange', to: '2023-01-08' }))).toEqual(['张三']);
    expect(names(await filter('f2', { op: 'numberRange', min: 12 }))).toEqual(['王五', '张三']);
    expect(names(await filter('f3', { op: 'choice', values: [null] }))).toEqual(['李四']);
    expect(names(await filter('f5', { op: 'yesno', values: [false, null] }))).toEqual(['李四', '王五']);
    expect(names(await filter('f4', { op: 'contains', text: 'J-' }))).toEqual(['张三']);
    expect(
      await value<PeoplePage>('viewer', 'people.list', {
        offset: 0,
        limit: 1,
        sort: [{ column: "f1'", direction: 'asc' }],
      }).catch((e: Error) => e.message),
    ).toMatch(/INPUT_INVALID/);
  });

  it('export a column per visible field in the chosen language, and import it back with the values checked', async () => {
    const { value } = await registry();
    const zh = await value<ExportedFile>('clerk', 'people.export', {
      revealIds: true,
      sort: [{ column: 'f2', direction: 'asc' }],
    });
    const rows = await sheetRows(zh);
    expect(rows[0]!.slice(10)).toEqual(['血型', '献血次数', '入会日期', '是否党员']);
    expect(rows.slice(1).map((r) => [r[0], ...r.slice(10)])).toEqual([
      ['李四', 'A', 3, undefined, '否'],
      ['张三', 'O', 12, '2020-05-01', '是'],
      ['王五', 'O', 30, '2023-01-09'],
    ]);
    const en = await sheetRows(
      await value<ExportedFile>('clerk', 'people.export', { revealIds: false, language: 'en' }),
    );
    expect(en[0]!.slice(9)).toEqual(['Blood type', 'Donations', 'Joined', 'Party member']);

    // The exported file into a second office with the same fields: every value arrives.
    const other = await registry();
    const ctx = other.as(['clerk'], 'people.importCommit');
    // In pinyin order: 李四 is voided (the file adds him again), 王五's count changed (the file sets it back).
    const [liRow, wangRow] = (await other.value<PeoplePage>('clerk', 'people.list', { offset: 0, limit: 10 })).rows;
    await other.value('clerk', 'people.void', { id: liRow!.id, reason: '重新导入' });
    await other.value('clerk', 'people.update', {
      id: wangRow!.id,
      rowVersion: 1,
      patch: { customFields: { f2: 99 } },
    });
    const file = Buffer.from(zh.contentBase64, 'base64');
    const { jobId, preview } = await readyImport(ctx, 'export.xlsx', file, undefined, { clearBlanks: [] });
    expect(preview.columns.slice(10).map((c) => c.customKey)).toEqual(['f1', 'f2', 'f3', 'f5']);
    expect(preview.invalid).toBe(0);
    expect(preview.update!.changes.map((c) => [c.name, c.changes])).toEqual([
      ['王五', [{ field: 'f2', from: '99', to: '30' }]],
    ]);
    expect(await commitImportJob(ctx, jobId, 'allOrNothing')).toMatchObject({ imported: 1, updated: 1, unchanged: 1 });
    const page = await other.value<PeoplePage>('clerk', 'people.list', {
      offset: 0,
      limit: 10,
      sort: [{ column: 'f2', direction: 'asc' }],
    });
    expect(page.rows.map((r) => [r.name, r.customFields])).toEqual([
      ['李四', { f1: 'A', f2: 3, f5: false }],
      ['张三', { f1: 'O', f2: 12, f3: '2020-05-01', f4: 'J-7', f5: true }],
      ['王五', { f1: 'O', f2: 30, f3: '2023-01-09' }],
    ]);
  });

  it('list a bad value by row and field, and refuse a row missing a required field', async () => {
    const office = await officeWithUsers();
    await office.value('admin', 'customFields.create', {
      roster: 'people',
      labelZh: '血型',
      labelEn: 'Blood type',
      type: 'choice',
      choices: ['A', 'B', 'O', 'AB'],
      required: true,
    });
    await office.value('admin', 'customFields.create', {
      roster: 'people',
      labelZh: '入会日期',
      labelEn: 'Joined',
      type: 'date',
    });
    const ctx = office.as(['clerk'], 'people.importStart');
    const file = await workbookBuffer([
      ['姓名', '身份证号', 'Blood type', '入会日期'],
      [zhang.name, zhang.idNumber, 'O', '2021年3月5日'],
      [li.name, li.idNumber, 'C', '2021-02-30'],
      [wang.name, wang.idNumber, '', ''],
    ]);
    const { status } = await previewImport(ctx, 'bad.xlsx', file);
    expect(status.preview).toMatchObject({ rows: 3, valid: 1, invalid: 2 });
    expect(issueTriples(status)).toEqual([
      [3, 'f1', 'CUSTOM_FIELD_CHOICE'],
      [3, 'f2', 'CUSTOM_FIELD_DATE'],
      [4, 'f1', 'CUSTOM_FIELD_REQUIRED'],
    ]);
    expect(status.preview!.issues[0]!.details).toEqual({ labelZh: '血型', labelEn: 'Blood type' });
  });
});
