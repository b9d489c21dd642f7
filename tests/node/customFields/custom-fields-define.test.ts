// Custom field definitions through the router: only an admin defines them, everyone reads them; keys are never
// reused; a person's values are checked against them on save, and a hidden field's values are kept.
import { describe, expect, it } from 'vitest';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { PersonSaveResult } from '@core/people/contract';
import { officeWithUsers, zhang } from './support';

const bloodType = {
  roster: 'people',
  labelZh: '血型',
  labelEn: 'Blood type',
  type: 'choice',
  choices: ['A', 'B', 'O', 'AB'],
};

describe('custom field definitions', () => {
  it('are added, edited and hidden by an admin only, and read by everyone', async () => {
    const { call, value } = await officeWithUsers();
    for (const user of ['clerk', 'viewer']) {
      expect(await call(user, 'customFields.create', bloodType)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    const field = await value<CustomFieldRow>('admin', 'customFields.create', { ...bloodType, inGrid: true });
    expect(field).toMatchObject({
      key: 'f1',
      type: 'choice',
      choices: ['A', 'B', 'O', 'AB'],
      inGrid: true,
      hidden: false,
    });
    const second = await value<CustomFieldRow>('admin', 'customFields.create', {
      roster: 'people',
      labelZh: '献血次数',
      labelEn: 'Blood donations',
      type: 'number',
    });
    expect(second.key).toBe('f2');
    expect(
      await call('clerk', 'customFields.update', { id: field.id, rowVersion: 1, patch: { hidden: true } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await value('admin', 'customFields.update', { id: second.id, rowVersion: 1, patch: { hidden: true } });
    const third = await value<CustomFieldRow>('admin', 'customFields.create', {
      roster: 'people',
      labelZh: '是否党员',
      labelEn: 'Party member',
      type: 'yesno',
    });
    expect(third.key).toBe('f3');
    const read = await value<CustomFieldRow[]>('viewer', 'customFields.list', { roster: 'people' });
    expect(read.map((f) => f.labelZh)).toEqual(['血型', '是否党员']);
    const all = await value<CustomFieldRow[]>('viewer', 'customFields.list', { roster: 'people', includeHidden: true });
    expect(all.map((f) => [f.key, f.hidden])).toEqual([
      ['f1', false],
      ['f3', false],
      ['f2', true],
    ]);
  });

  it('refuse a choice field without choices and a label another visible field has', async () => {
    const { call, value } = await officeWithUsers();
    expect(await call('admin', 'customFields.create', { ...bloodType, choices: [' '] })).toMatchObject({
      ok: false,
      error: { code: 'CUSTOM_FIELD_CHOICES_REQUIRED' },
    });
    await value('admin', 'customFields.create', bloodType);
    expect(
      await call('admin', 'customFields.create', { ...bloodType, labelZh: '血 型x', labelEn: 'blood TYPE' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CUSTOM_FIELD_LABEL_TAKEN' },
    });
  });
});

describe("a person's custom values", () => {
  async function withFields() {
    const office = await officeWithUsers();
    const blood = await office.value<CustomFieldRow>('admin', 'customFields.create', { ...bloodType, required: true });
    const since = await office.value<CustomFieldRow>('admin', 'customFields.create', {
      roster: 'people',
      labelZh: '入会日期',
      labelEn: 'Joined',
      type: 'date',
    });
    return { ...office, blood, since };
  }

  it('survive a create and an edit, and stay when their field is hidden', async () => {
    const { value, blood } = await withFields();
    const created = await value<PersonSaveResult>('clerk', 'people.create', {
      person: { ...zhang, customFields: { f1: 'O', f2: '2024-03-01' } },
    });
    expect(created.person.customFields).toEqual({ f1: 'O', f2: '2024-03-01' });
    const { id } = created.person;
    const edited = await value<PersonSaveResult>('clerk', 'people.update', {
      id,
      rowVersion: 1,
      patch: { customFields: { f2: null } },
    });
    expect(edited.person.customFields).toEqual({ f1: 'O' });
    const renamed = await value<PersonSaveResult>('clerk', 'people.update', {
      id,
      rowVersion: 2,
      patch: { village: '张圩村' },
    });
    expect(renamed.person.customFields).toEqual({ f1: 'O' });

    await value('admin', 'customFields.update', { id: blood.id, rowVersion: 1, patch: { hidden: true } });
    const afterHide = await value<PersonSaveResult>('clerk', 'people.update', {
      id,
      rowVersion: 3,
      patch: { customFields: { f2: '2025-01-02' } },
    });
    expect(afterHide.person.customFields).toEqual({ f1: 'O', f2: '2025-01-02' });
  });

  it('are refused when bad, unknown or a required one is missing', async () => {
    const { call } = await withFields();
    const refused = async (customFields: Record<string, unknown>) => {
      const answer = (await call('clerk', 'people.create', { person: { ...zhang, customFields } })) as {
        ok: boolean;
        error: { code: string; details: { issues: { field: string; code: string }[] } };
      };
      expect(answer.ok).toBe(false);
      expect(answer.error.code).toBe('PERSON_INVALID');
      return answer.error.details.issues.map((i) => `${i.field}:${i.code}`);
    };
    expect(await refused({ f2: '2024-03-01' })).toEqual(['f1:CUSTOM_FIELD_REQUIRED']);
    expect(await refused({ f1: 'C', f2: '2024-02-30' })).toEqual(['f1:CUSTOM_FIELD_CHOICE', 'f2:CUSTOM_FIELD_DATE']);
    expect(await refused({ f1: 'A', f9: 'x' })).toEqual(['f9:CUSTOM_FIELD_UNKNOWN']);
  });
});
