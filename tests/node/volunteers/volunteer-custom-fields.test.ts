// The volunteer roster's custom fields (自定义字段, roster 'volunteers'): values checked as the people registry
// checks them (required on create, unknown keys refused, a hidden field's value kept), the grid filtered and sorted
// by a field, and the export's column per visible field.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { ExportedFile } from '@core/people/contract';
import type { VolunteerPage, VolunteerRow } from '@core/volunteers/roster/contract';
import { ADMIN_PASSWORD } from '../support';
import { valueOf, volunteerOffice } from './volunteer-support';

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
});
