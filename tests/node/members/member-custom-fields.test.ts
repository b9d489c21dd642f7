// An office's own fields on members: filled on the form (a required one refused when empty), edited, filtered and
// sorted in the grid, written to the export under their label with the dues of each year, and read back from an
// imported roster's column of that label (a wrong value named by row and field).
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { MemberImportResult } from '@core/members/import/contract';
import type { MemberPage, MemberRow } from '@core/members/roster/contract';
import type { ExportedFile } from '@core/people/contract';
import { ADMIN_PASSWORD } from '../support';
import { csv, writeFile } from '../volunteers/volunteer-import-files';
import { idNumberBorn, valueOf } from '../volunteers/volunteer-support';
import { memberOffice } from './member-support';

async function officeWithFields() {
  const office = await memberOffice(3);
  await office.call('admin', 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
  const field = (input: Record<string, unknown>) =>
    office.call<CustomFieldRow>('admin', 'customFields.create', { roster: 'members', ...input }).then(valueOf);
  const grade = await field({ labelZh: '会员等级', labelEn: 'Grade', type: 'choice', choices: ['普通', '骨干'] });
  const since = await field({ labelZh: '服务年限', labelEn: 'Years', type: 'number', required: true, inGrid: true });
  return { ...office, grade, since };
}

describe('custom fields on members', () => {
  it('are filled, checked, edited, filtered, sorted and exported', async () => {
    const office = await officeWithFields();
    const [a, b, c] = office.people.map((p) => p.id);
    expect(
      await office.call('clerk', 'members.create', { kind: 'individual', personId: a, joinDate: '2024-01-01' }),
    ).toMatchObject({ ok: false, error: { code: 'CUSTOM_FIELDS_INVALID' } });
    const create = (personId: string, customFields: Record<string, unknown>) =>
      office
        .call<MemberRow>('clerk', 'members.create', {
          kind: 'individual',
          personId,
          joinDate: '2024-01-01',
          customFields,
        })
        .then(valueOf);
    const first = await create(a!, { [office.since.key]: 3, [office.grade.key]: '骨干' });
    await create(b!, { [office.since.key]: 12 });
    await create(c!, { [office.since.key]: 7, [office.grade.key]: '普通' });
    expect(first.customFields).toEqual({ [office.since.key]: 3, [office.grade.key]: '骨干' });

    const edited = valueOf(
      await office.call<MemberRow>('clerk', 'members.update', {
        id: first.id,
        rowVersion: first.rowVersion,
        patch: { customFields: { [office.grade.key]: null } },
      }),
    );
    expect(edited.customFields).toEqual({ [office.since.key]: 3 });

    const list = (query: Record<string, unknown>) =>
      office
        .call<MemberPage>('viewer', 'members.list', { ...query, offset: 0, limit: 10 })
        .then((r) => valueOf(r).rows.map((m) => m.customFields?.[office.since.key]));
    expect(await list({ sort: [{ column: office.since.key, direction: 'desc' }] })).toEqual([12, 7, 3]);
    expect(
      await list({ customFilters: [{ key: office.since.key, match: { op: 'numberRange', min: 5 } }] }).then((v) =>
        v.sort(),
      ),
    ).toEqual([12, 7]);
    expect(
      await list({ customFilters: [{ key: office.grade.key, match: { op: 'choice', values: ['普通'] } }] }),
    ).toEqual([7]);

    const file = valueOf(
      await office.call<ExportedFile>('viewer', 'members.export', {
        sort: [{ column: office.since.key, direction: 'asc' }],
      }),
    );
    expect(file).toMatchObject({ rows: 3 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('会员名册')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
    expect(header).toEqual(expect.arrayContaining(['会员证号', '会员类别', `${year}年会费`, '会员等级', '服务年限']));
    const years = header.indexOf('服务年限') + 1;
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(years).value)).toEqual([3, 7, 12]);
  });

  it('are read from an imported roster’s column of the field’s label', async () => {
    const office = await officeWithFields();
    const roster = csv([
      ['姓名', '身份证号', '会员类别', '入会日期', '服务年限', 'Grade'],
      ['赵新民', idNumberBorn('19800101', '555'), '个人会员', '2023-09-01', '4', '骨干'],
      ['钱多多', idNumberBorn('19810101', '556'), '个人会员', '2023-09-01', '', '普通'],
      ['孙多', idNumberBorn('19820101', '557'), '个人会员', '2023-09-01', '五年', ''],
      ['李四', idNumberBorn('19830101', '558'), '个人会员', '2023-09-01', '2', '特级'],
    ]);
    const input = {
      fileName: 'members.csv',
      contentBase64: fs.readFileSync(writeFile('members.csv', roster)).toString('base64'),
    };
    const result = valueOf(await office.call<MemberImportResult>('clerk', 'members.import', input));
    expect(result).toMatchObject({ rows: 4, valid: 1, imported: 1 });
    expect(result.errors).toEqual([
      { row: 3, field: office.since.key, code: 'CUSTOM_FIELD_REQUIRED' },
      { row: 4, field: office.since.key, code: 'CUSTOM_FIELD_NUMBER' },
      { row: 5, field: office.grade.key, code: 'CUSTOM_FIELD_CHOICE' },
    ]);
    const page = valueOf(await office.call<MemberPage>('viewer', 'members.list', { offset: 0, limit: 10 }));
    expect(page.rows.map((r) => [r.name, r.customFields])).toEqual([
      ['赵新民', { [office.since.key]: 4, [office.grade.key]: '骨干' }],
    ]);
  });
});
