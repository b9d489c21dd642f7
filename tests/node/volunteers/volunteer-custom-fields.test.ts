// The volunteer roster's custom fields (自定义字段, roster 'volunteers'): values checked as the people registry
// checks them (required on create, unknown keys refused, a hidden field's value kept), the grid filtered and sorted
// by a field, the export's column per visible field, and a value's way from the roster import (each bad value by row
// and field) through the export and a package to the city, and again after an edit.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CustomFieldRow } from '@core/customFields/contract';
import { importPackage } from '@core/exchange/inbox';
import type { ExportedFile } from '@core/people/contract';
import type { VolunteerImportResult } from '@core/volunteers/import/contract';
import type { VolunteerPage, VolunteerRow } from '@core/volunteers/roster/contract';
import { CITY, cityWith, COUNTY, exportTo } from '../exchange/exchange-apply-support';
import { ADMIN_PASSWORD } from '../support';
import { csv } from './volunteer-import-files';
import { idNumberBorn, valueOf, volunteerOffice } from './volunteer-support';

async function officeWithFields() {
  const office = await volunteerOffice(4);
  valueOf(await office.call('admin', 'auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
  const define = async (input: Record<string, unknown>) =>
    valueOf(await office.call<CustomFieldRow>('admin', 'customFields.create', { roster: 'volunteers', ...input }));
  const uniform = await define({
    labelZh: '服装尺码',
    labelEn: 'Uniform size',
    type: 'choice',
    choices: ['S', 'M', 'L'],
    required: true,
  });
  const years = await define({ labelZh: '服务年限', labelEn: 'Years served', type: 'number', inGrid: true });
  return { office, uniform, years };
}

type Call = (method: string, input: unknown) => Promise<unknown>;
const value = async <T>(call: Call, method: string, input: unknown) =>
  valueOf((await call(method, input)) as { ok: true; value: T });

/** The sheet's cells under the headers named, row after row. */
async function exportedColumns(file: ExportedFile, headers: string[]): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as string[]).slice(1);
  const rows: unknown[][] = [];
  for (let n = 2; n <= sheet.rowCount; n++)
    rows.push(headers.map((h) => sheet.getRow(n).getCell(header.indexOf(h) + 1).value));
  return rows;
}

const list = async (office: Awaited<ReturnType<typeof volunteerOffice>>, query: Record<string, unknown>) =>
  valueOf(await office.call<VolunteerPage>('clerk', 'volunteers.list', { offset: 0, limit: 50, ...query }));

describe('volunteer custom fields', () => {
  it('keeps the values on create and edit, refuses a bad or missing one, keeps a hidden field’s value', async () => {
    const { office, uniform, years } = await officeWithFields();
    const personId = office.people[0]!.id;
    const missing = await office.call('clerk', 'volunteers.create', { personId, registrationDate: '2024-03-01' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'CUSTOM_FIELDS_INVALID' } });
    const bad = await office.call('clerk', 'volunteers.create', {
      personId,
      registrationDate: '2024-03-01',
      customFields: { [uniform.key]: 'XXL', f99: 'x' },
    });
    expect(JSON.stringify(bad)).toContain('CUSTOM_FIELD_CHOICE');
    expect(JSON.stringify(bad)).toContain('CUSTOM_FIELD_UNKNOWN');

    const [created] = await office.register([personId], { customFields: { [uniform.key]: 'M', [years.key]: 3 } });
    expect(created!.customFields).toEqual({ [uniform.key]: 'M', [years.key]: 3 });
    const edited = valueOf(
      await office.call<VolunteerRow>('clerk', 'volunteers.update', {
        id: created!.id,
        rowVersion: created!.rowVersion,
        patch: { customFields: { [years.key]: 5 } },
      }),
    );
    expect(edited.customFields).toEqual({ [uniform.key]: 'M', [years.key]: 5 });
    const notANumber = await office.call('clerk', 'volunteers.update', {
      id: edited.id,
      rowVersion: edited.rowVersion,
      patch: { customFields: { [years.key]: '五年' } },
    });
    expect(JSON.stringify(notANumber)).toContain('CUSTOM_FIELD_NUMBER');

    valueOf(
      await office.call('admin', 'customFields.update', { id: years.id, rowVersion: 1, patch: { hidden: true } }),
    );
    const afterHide = valueOf(
      await office.call<VolunteerRow>('clerk', 'volunteers.update', {
        id: edited.id,
        rowVersion: edited.rowVersion,
        patch: { customFields: { [uniform.key]: 'L' }, notes: '换尺码' },
      }),
    );
    expect(afterHide.customFields).toEqual({ [uniform.key]: 'L', [years.key]: 5 });
    const hiddenGiven = await office.call('clerk', 'volunteers.update', {
      id: afterHide.id,
      rowVersion: afterHide.rowVersion,
      patch: { customFields: { [years.key]: 6 } },
    });
    expect(hiddenGiven).toMatchObject({ ok: false, error: { code: 'CUSTOM_FIELDS_INVALID' } });
  });

  it('filters and sorts the roster by a field, and exports a column per visible field', async () => {
    const { office, uniform, years } = await officeWithFields();
    const ids = office.people.map((p) => p.id);
    const [a] = await office.register([ids[0]!], { customFields: { [uniform.key]: 'S', [years.key]: 7 } });
    const [b] = await office.register([ids[1]!], { customFields: { [uniform.key]: 'L', [years.key]: 2 } });
    const [c] = await office.register([ids[2]!], { customFields: { [uniform.key]: 'L', [years.key]: 12 } });

    const larges = await list(office, {
      customFilters: [{ key: uniform.key, match: { op: 'choice', values: ['L'] } }],
      sort: [{ column: years.key, direction: 'desc' }],
    });
    expect(larges.total).toBe(2);
    expect(larges.rows.map((r) => r.id)).toEqual([c!.id, b!.id]);
    const byYears = await list(office, { sort: [{ column: years.key, direction: 'asc' }] });
    expect(byYears.rows.map((r) => r.id)).toEqual([b!.id, a!.id, c!.id]);
    const ranged = await list(office, { customFilters: [{ key: years.key, match: { op: 'numberRange', min: 5 } }] });
    expect(ranged.rows.map((r) => r.id).sort()).toEqual([a!.id, c!.id].sort());

    const file = valueOf(
      await office.call<ExportedFile>('clerk', 'volunteers.export', {
        sort: [{ column: years.key, direction: 'asc' }],
      }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const sizeAt = header.indexOf('服装尺码') + 1;
    const yearsAt = header.indexOf('服务年限') + 1;
    expect(sizeAt).toBeGreaterThan(0);
    expect([2, 3, 4].map((n) => sheet.getRow(n).getCell(sizeAt).value)).toEqual(['L', 'S', 'L']);
    expect([2, 3, 4].map((n) => sheet.getRow(n).getCell(yearsAt).value)).toEqual([2, 7, 12]);
  });

  it('carries a value from the roster import through the export, a package to the city and an edit', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const admin = await county!.caller!(['admin']);
    const clerk = await county!.caller!(['clerk']);
    const define = (input: Record<string, unknown>) =>
      value<CustomFieldRow>(admin, 'customFields.create', { roster: 'volunteers', ...input });
    const size = await define({
      labelZh: '服装尺码',
      labelEn: 'Uniform size',
      type: 'choice',
      choices: ['S', 'M', 'L'],
      required: true,
    });
    const years = await define({ labelZh: '服务年限', labelEn: 'Years served', type: 'number' });
    const member = await define({ labelZh: '是否党员', labelEn: 'Party member', type: 'yesno' });
    const since = await define({ labelZh: '首次服务日期', labelEn: 'First served', type: 'date' });

    const file = csv([
      ['姓名', '身份证号', '注册日期', '服装尺码', 'Years served', '是否党员', '首次服务日期'],
      ['王志强', idNumberBorn('19850312', '011'), '2024-03-01', 'M', '12', '是', '2019/5/4'],
      ['李秀英', idNumberBorn('19900620', '022'), '2024-03-01', 'S', '', '否', ''],
      ['陈刚', idNumberBorn('19781109', '031'), '2024-03-01', 'XXL', '五年', '也许', '2025-02-30'],
      ['赵敏', idNumberBorn('19920101', '041'), '2024-03-01', '', '', '', ''],
    ]);
    const imported = await value<VolunteerImportResult>(clerk, 'volunteers.import', {
      fileName: '志愿者花名册.csv',
      contentBase64: Buffer.from(file).toString('base64'),
    });
    const label = (f: CustomFieldRow) => ({ labelZh: f.labelZh, labelEn: f.labelEn });
    expect(imported).toMatchObject({ rows: 4, valid: 2, invalid: 2, imported: 2 });
    expect(imported.errors).toEqual([
      { row: 4, field: size.key, code: 'CUSTOM_FIELD_CHOICE', details: label(size) },
      { row: 4, field: years.key, code: 'CUSTOM_FIELD_NUMBER', details: label(years) },
      { row: 4, field: member.key, code: 'CUSTOM_FIELD_YESNO', details: label(member) },
      { row: 4, field: since.key, code: 'CUSTOM_FIELD_DATE', details: label(since) },
      { row: 5, field: size.key, code: 'CUSTOM_FIELD_REQUIRED', details: label(size) },
    ]);
    const byName = async (call: Call, query: Record<string, unknown> = {}) => {
      const page = await value<VolunteerPage>(call, 'volunteers.list', { offset: 0, limit: 10, ...query });
      return Object.fromEntries(page.rows.map((r) => [r.name, r]));
    };
    const wang = { [size.key]: 'M', [years.key]: 12, [member.key]: true, [since.key]: '2019-05-04' };
    const li = { [size.key]: 'S', [member.key]: false };
    const stored = await byName(clerk);
    expect(stored['王志强']!.customFields).toEqual(wang);
    expect(stored['李秀英']!.customFields).toEqual(li);

    const exported = await value<ExportedFile>(clerk, 'volunteers.export', {
      sort: [{ column: 'name', direction: 'desc' }],
    });
    expect(await exportedColumns(exported, ['姓名', '服装尺码', '服务年限', '是否党员', '首次服务日期'])).toEqual([
      ['王志强', 'M', 12, '是', '2019-05-04'],
      ['李秀英', 'S', null, '否', null],
    ]);

    const viewer = await city.caller!(['viewer']);
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });
    const atCity = await byName(viewer, { officeCode: COUNTY });
    expect(atCity['王志强']!.customFields).toEqual(wang);
    const cityFields = await value<CustomFieldRow[]>(viewer, 'customFields.list', {
      roster: 'volunteers',
      officeCode: COUNTY,
    });
    expect(cityFields.map((f) => [f.key, f.labelZh])).toContainEqual([size.key, '服装尺码']);

    const edited = await value<VolunteerRow>(clerk, 'volunteers.update', {
      id: stored['王志强']!.id,
      rowVersion: stored['王志强']!.rowVersion,
      patch: { customFields: { [size.key]: 'L', [member.key]: null } },
    });
    const afterEdit = { [size.key]: 'L', [years.key]: 12, [since.key]: '2019-05-04' };
    expect(edited.customFields).toEqual(afterEdit);
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });
    expect((await byName(viewer, { officeCode: COUNTY }))['王志强']!.customFields).toEqual(afterEdit);
  });
});
