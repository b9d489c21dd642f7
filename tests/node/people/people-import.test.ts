// People import: reading .xlsx and CSV (GBK too), header detection, row checks by spreadsheet row,
// duplicates, the two commit modes, cancelling, and a failure in the middle of the write.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import type { PersonInput } from '@core/people/contract';
import {
  cancelImportJob,
  commitImportJob,
  IMPORT_JOB_TTL_MS,
  importJobStatus,
  startImportJob,
} from '@core/people/import/jobs';
import { createPerson } from '@core/people/service';
import type { Store } from '@db/open';
import { generatePeople } from '../../fixtures/people';
import { PEOPLE_HEADER, personCells, readSheetValues, workbookBuffer } from '../../fixtures/xlsx';
import { officeBackend } from '../support';
import {
  encodeGbk,
  FIVE_BAD,
  issueTriples,
  readyImport,
  rosterWithFiveBadRows,
  waitForJob,
} from './people-import-support';

const count = (store: Store, sql: string) => store.sqlite.prepare(sql).pluck().get() as number;
const peopleCount = (store: Store) => count(store, 'SELECT count(*) FROM people');
const journalCount = (store: Store) => count(store, 'SELECT count(*) FROM change_journal');

describe('people import: reading and checking', () => {
  it('finds the header under a merged title row and reports each bad row by its spreadsheet row', async () => {
    const { as } = officeBackend();
    const { content } = await rosterWithFiveBadRows();
    const { preview } = await readyImport(as(['clerk']), '花名册.xlsx', content);
    expect(preview.headerRow).toBe(2);
    expect(preview.columns.map((c) => c.field)).toEqual([
      'name',
      'gender',
      'idNumber',
      'mobile',
      'township',
      'village',
      'workUnit',
      'notes',
    ]);
    expect(issueTriples(preview)).toEqual(FIVE_BAD);
    expect(preview).toMatchObject({ rows: 20, valid: 15, invalid: 5, duplicates: 0, warnings: 0 });
    expect(preview.sample[0]).toMatchObject({ row: 3, values: { idNumber: expect.stringMatching(/^\d{17}[\dX]$/) } });
  });

  it('reads a GBK CSV from Chinese Excel, quoted commas and line breaks included', async () => {
    const { as, store } = officeBackend();
    const [a, b] = generatePeople(2, 3) as [PersonInput, PersonInput];
    const csv = [
      '姓名,性别,公民身份号码,联系电话,乡镇（街道）,村居,单位,备注',
      `${a.name},${a.gender === 'M' ? '男' : '女'},${a.idNumber},0527-84123456,蔡集镇,张圩村,"宿迁市红十字会,办公室","低保户\r\n需回访"`,
      `${b.name},,${b.idNumber},${b.mobile ?? ''},耿车镇,,,`,
      '',
    ].join('\r\n');
    const ctx = as(['clerk'], 'people.importCommit');
    const { jobId, preview } = await readyImport(ctx, '名单.csv', encodeGbk(csv));
    expect(preview.columns.map((c) => c.field)).toEqual([
      'name',
      'gender',
      'idNumber',
      'mobile',
      'township',
      'village',
      'workUnit',
      'notes',
    ]);
    expect(preview).toMatchObject({ rows: 2, valid: 2, invalid: 0 });
    expect(await commitImportJob(ctx, jobId, 'allOrNothing')).toEqual({ imported: 2, rejectedFile: null });
    const stored = store.sqlite
      .prepare('SELECT name, id_number, mobile, phone, work_unit, notes FROM people ORDER BY id_number = ? DESC')
      .all(a.idNumber);
    expect(stored[0]).toEqual({
      name: a.name,
      id_number: a.idNumber,
      mobile: null,
      phone: '0527-84123456',
      work_unit: '宿迁市红十字会,办公室',
      notes: '低保户\r\n需回访',
    });
    expect(stored[1]).toMatchObject({ name: b.name, id_number: b.idNumber });
  });

  it('reads UTF-8 CSV with a BOM, English headers, and an ID that Excel turned into 3.21302E+17', async () => {
    const { as } = officeBackend();
    const [a] = generatePeople(1, 5) as [PersonInput];
    const csv = `\uFEFFName,Gender,ID Number,Mobile,Township\n${a.name},M,3.21302E+17,13912345678,蔡集镇\n${a.name},,${a.idNumber},,\n`;
    const { preview } = await readyImport(as(['clerk']), 'people.csv', Buffer.from(csv));
    expect(preview.columns.map((c) => c.field)).toEqual(['name', 'gender', 'idNumber', 'mobile', 'township']);
    expect(issueTriples(preview)).toEqual([[2, 'idNumber', 'ID_SPREADSHEET_NUMBER']]);
  });

  it("takes the user's mapping where the headers are not enough", async () => {
    const { as } = officeBackend();
    const ctx = as(['clerk']);
    const [a] = generatePeople(1, 9) as [PersonInput];
    const content = await workbookBuffer([
      ['姓名', '证', '电话', '性别'],
      [a.name, a.idNumber, '', '未知'],
    ]);
    const { jobId } = startImportJob(ctx, { fileName: 'x.xlsx', contentBase64: content.toString('base64') });
    const failed = await waitForJob(ctx, jobId);
    expect(failed).toMatchObject({
      phase: 'failed',
      error: { code: 'IMPORT_MAPPING_INCOMPLETE', details: { missing: ['idNumber'] } },
    });
    const { preview } = await readyImport(ctx, 'x.xlsx', content, [
      { index: 1, field: 'idNumber' },
      { index: 3, field: null },
    ]);
    expect(preview.columns.map((c) => c.field)).toEqual(['name', 'idNumber', 'mobile', null]);
    expect(preview).toMatchObject({ valid: 1, issues: [] });
    const withGender = await readyImport(ctx, 'x.xlsx', content, [{ index: 1, field: 'idNumber' }]);
    expect(issueTriples(withGender.preview)).toEqual([[2, 'gender', 'GENDER_INVALID']]);
  });

  it('reports duplicates within the file and against live records, and warns on a gender mismatch', async () => {
    const { as } = officeBackend();
    const ctx = as(['clerk'], 'people.create');
    const people = generatePeople(5, 21);
    const existing = createPerson(ctx, people[1]!).person;
    const rows = [PEOPLE_HEADER, ...people.map(personCells), personCells(people[3]!)];
    rows[1]![1] = people[0]!.gender === 'M' ? '女' : '男';
    const { preview } = await readyImport(ctx, 'dup.xlsx', await workbookBuffer(rows));
    expect(issueTriples(preview)).toEqual([
      [2, 'gender', 'GENDER_MISMATCH'],
      [3, 'idNumber', 'ID_DUPLICATE'],
      [7, 'idNumber', 'ID_DUPLICATE_IN_FILE'],
    ]);
    expect(preview.issues[1]!.details).toEqual({ existingId: existing.id, existingName: existing.name });
    expect(preview.issues[2]!.details).toEqual({ firstRow: 5 });
    expect(preview).toMatchObject({ rows: 6, valid: 4, invalid: 2, duplicates: 2, warnings: 1 });
  });

  it('reads the first visible sheet that has a header: an instructions sheet or a hidden one is passed over', async () => {
    const { as } = officeBackend();
    const people = generatePeople(3, 8);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('填表说明').addRows([['请按模板填写'], ['身份证号请设为文本格式']]);
    const hidden = workbook.addWorksheet('旧名单', { state: 'hidden' });
    hidden.addRows([PEOPLE_HEADER, personCells(people[0]!)]);
    workbook.addWorksheet('花名册').addRows([PEOPLE_HEADER, ...people.slice(1).map(personCells)]);
    const { preview } = await readyImport(as(['clerk']), 'book.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(preview).toMatchObject({ rows: 2, valid: 2, headerRow: 1 });
    expect(preview.sample.map((s) => s.values.name)).toEqual([people[1]!.name, people[2]!.name]);
  });

  it('refuses what it cannot read, with a code the clerk can act on', async () => {
    const { as } = officeBackend();
    const ctx = as(['clerk']);
    const start = (fileName: string, content: Buffer) =>
      startImportJob(ctx, { fileName, contentBase64: content.toString('base64') });
    expect(() => start('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toThrow(
      expect.objectContaining({ code: 'IMPORT_FILE_UNREADABLE' }),
    );
    expect(() => start('notes.pdf', Buffer.from('%PDF-1.4'))).toThrow(
      expect.objectContaining({ code: 'IMPORT_FILE_TYPE' }),
    );
    expect(() => start('empty.csv', Buffer.alloc(0))).toThrow(expect.objectContaining({ code: 'IMPORT_FILE_EMPTY' }));
    const broken = await waitForJob(
      ctx,
      start('broken.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)])).jobId,
    );
    expect(broken).toMatchObject({ phase: 'failed', error: { code: 'IMPORT_FILE_UNREADABLE' } });
    const noHeader = await waitForJob(ctx, start('x.csv', Buffer.from('a,b,c\n1,2,3\n')).jobId);
    expect(noHeader).toMatchObject({ phase: 'failed', error: { code: 'IMPORT_NO_HEADER' } });
  });
});

describe('people import: committing', () => {
  it('imports nothing when all-or-nothing meets a bad row; valid-only imports the rest and returns the bad rows to fix', async () => {
    const { as, store } = officeBackend();
    const ctx = as(['clerk'], 'people.importCommit');
    const { content } = await rosterWithFiveBadRows();
    const { jobId } = await readyImport(ctx, '花名册.xlsx', content);
    const auditBefore = count(store, 'SELECT count(*) FROM audit_log');

    await expect(commitImportJob(ctx, jobId, 'allOrNothing')).rejects.toMatchObject({
      code: 'IMPORT_HAS_ERRORS',
      details: { invalid: 5 },
    });
    expect([peopleCount(store), journalCount(store), count(store, 'SELECT count(*) FROM audit_log')]).toEqual([
      0,
      0,
      auditBefore,
    ]);
    expect(importJobStatus(ctx, jobId).phase).toBe('ready');

    const result = await commitImportJob(ctx, jobId, 'validOnly');
    expect(result.imported).toBe(15);
    expect(peopleCount(store)).toBe(15);
    const journal = store.sqlite
      .prepare(`SELECT DISTINCT table_name, row_version, operation FROM change_journal`)
      .all();
    expect(journal).toEqual([{ table_name: 'people', row_version: 1, operation: 'insert' }]);
    expect(count(store, `SELECT count(*) FROM change_journal j JOIN people p ON p.id = j.record_id`)).toBe(15);
    expect(
      store.sqlite.prepare('SELECT DISTINCT created_by, updated_by, row_version, voided FROM people').all(),
    ).toEqual([{ created_by: 'user-clerk', updated_by: 'user-clerk', row_version: 1, voided: 0 }]);
    const audit = store.sqlite.prepare(`SELECT method, after FROM audit_log WHERE seq > ?`).all(auditBefore) as {
      method: string;
      after: string;
    }[];
    expect(audit).toHaveLength(1);
    const ids = store.sqlite.prepare('SELECT id FROM people ORDER BY rowid').pluck().all();
    expect(JSON.parse(audit[0]!.after)).toEqual({
      fileName: '花名册.xlsx',
      mode: 'validOnly',
      rows: 20,
      valid: 15,
      invalid: 5,
      imported: 15,
      firstId: ids[0],
      lastId: ids[14],
    });
    expect(audit[0]!.method).toBe('people.importCommit');

    expect(result.rejectedFile!.fileName).toBe('花名册-未导入的行.xlsx');
    const rejected = await readSheetValues(Buffer.from(result.rejectedFile!.contentBase64, 'base64'));
    expect(rejected[0]).toEqual([...PEOPLE_HEADER, '错误说明']);
    expect(rejected.slice(1).map((r) => r[8])).toEqual([
      expect.stringMatching(/^第 5 行：身份证号校验位不对/),
      expect.stringMatching(/^第 8 行：身份证号其中的出生日期不存在/),
      expect.stringMatching(/^第 12 行：身份证号在 Excel 中被存成了数字/),
      expect.stringMatching(/^第 15 行：手机应为 11 位/),
      expect.stringMatching(/^第 20 行：姓名没有填写/),
    ]);
    expect(rejected[3]![2]).toBe('321302199001011000');
    await expect(commitImportJob(ctx, jobId, 'validOnly')).rejects.toMatchObject({ code: 'IMPORT_ALREADY_COMMITTED' });
  });

  it('leaves the database unchanged when cancelled while reading, while checking, or when ready', async () => {
    const { as, store } = officeBackend();
    const ctx = as(['clerk']);
    const content = await workbookBuffer([PEOPLE_HEADER, ...generatePeople(3000, 4).map(personCells)]);
    const start = () => startImportJob(ctx, { fileName: 'big.xlsx', contentBase64: content.toString('base64') }).jobId;

    const whileReading = start();
    expect(cancelImportJob(ctx, whileReading).phase).toBe('cancelled');
    let checking = start();
    while (importJobStatus(ctx, checking).phase === 'reading') await new Promise((r) => setTimeout(r, 1));
    expect(importJobStatus(ctx, checking).phase).toBe('validating');
    expect(cancelImportJob(ctx, checking)).toMatchObject({ phase: 'cancelled', preview: null });
    checking = start();
    expect((await waitForJob(ctx, checking)).phase).toBe('ready');
    expect(cancelImportJob(ctx, checking).phase).toBe('cancelled');

    await new Promise((r) => setTimeout(r, 50));
    for (const jobId of [whileReading, checking]) {
      expect(importJobStatus(ctx, jobId).phase).toBe('cancelled');
      await expect(commitImportJob(ctx, jobId, 'validOnly')).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
    }
    expect([peopleCount(store), journalCount(store)]).toEqual([0, 0]);
  });

  it('writes nothing when the write fails half-way: a person registered since the preview, or a failing journal', async () => {
    const { as, store } = officeBackend();
    const ctx = as(['clerk'], 'people.importCommit');
    const people = generatePeople(10, 31);
    const content = await workbookBuffer([PEOPLE_HEADER, ...people.map(personCells)]);

    const first = await readyImport(ctx, 'a.xlsx', content);
    createPerson(as(['clerk'], 'people.create'), people[7]!);
    const before = [peopleCount(store), journalCount(store)];
    await expect(commitImportJob(ctx, first.jobId, 'validOnly')).rejects.toMatchObject({
      code: 'ID_DUPLICATE',
      details: { row: 9 },
    });
    expect([peopleCount(store), journalCount(store)]).toEqual(before);
    expect(importJobStatus(ctx, first.jobId)).toMatchObject({ phase: 'failed', error: { code: 'ID_DUPLICATE' } });

    store.sqlite.exec(`CREATE TRIGGER journal_full BEFORE INSERT ON change_journal
      WHEN (SELECT count(*) FROM change_journal) >= 5 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const second = await readyImport(ctx, 'a.xlsx', content);
    expect(second.preview.valid).toBe(9);
    await expect(commitImportJob(ctx, second.jobId, 'validOnly')).rejects.toThrow('disk full');
    expect([peopleCount(store), journalCount(store)]).toEqual(before);
  });

  it('drops and rebuilds the indexes around a large import into a small table, and restores them on failure', async () => {
    const { as, store } = officeBackend();
    const ctx = as(['clerk'], 'people.importCommit');
    const indexes = () =>
      store.sqlite
        .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people' ORDER BY name`)
        .all();
    const before = indexes();
    expect(before.length).toBeGreaterThan(5);
    const content = await workbookBuffer([PEOPLE_HEADER, ...generatePeople(6000, 41).map(personCells)]);

    store.sqlite.exec(`CREATE TRIGGER journal_full BEFORE INSERT ON change_journal
      WHEN (SELECT count(*) FROM change_journal) >= 5990 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const failing = await readyImport(ctx, 'big.xlsx', content);
    await expect(commitImportJob(ctx, failing.jobId, 'validOnly')).rejects.toThrow('disk full');
    expect([indexes(), peopleCount(store), journalCount(store)]).toEqual([before, 0, 0]);

    store.sqlite.exec('DROP TRIGGER journal_full');
    const { jobId } = await readyImport(ctx, 'big.xlsx', content);
    expect((await commitImportJob(ctx, jobId, 'allOrNothing')).imported).toBe(6000);
    expect([indexes(), peopleCount(store), journalCount(store)]).toEqual([before, 6000, 6000]);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = store.sqlite.prepare('SELECT id FROM people ORDER BY rowid').pluck().all() as string[];
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
    expect([...ids].sort()).toEqual(ids);
  });

  it('keeps jobs to the user who started them, one at a time, and forgets them after a while', async () => {
    const { as } = officeBackend();
    const clerk = as(['clerk']);
    const content = await workbookBuffer([PEOPLE_HEADER, ...generatePeople(3, 2).map(personCells)]);
    const { jobId } = await readyImport(clerk, 'a.xlsx', content);
    const other: CoreContext = as(['admin']);
    expect(() => importJobStatus(other, jobId)).toThrow(expect.objectContaining({ code: 'IMPORT_JOB_NOT_FOUND' }));
    await expect(commitImportJob(other, jobId, 'validOnly')).rejects.toMatchObject({ code: 'IMPORT_JOB_NOT_FOUND' });

    const second = await readyImport(clerk, 'b.xlsx', content);
    expect(importJobStatus(clerk, jobId).phase).toBe('cancelled');
    const later: CoreContext = { ...clerk, now: () => new Date(Date.now() + IMPORT_JOB_TTL_MS + 1000) };
    expect(() => importJobStatus(later, second.jobId)).toThrow(
      expect.objectContaining({ code: 'IMPORT_JOB_NOT_FOUND' }),
    );
    expect(() => importJobStatus(clerk, second.jobId)).toThrow(
      expect.objectContaining({ code: 'IMPORT_JOB_NOT_FOUND' }),
    );
  });
});
