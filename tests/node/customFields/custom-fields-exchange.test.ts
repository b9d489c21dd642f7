// Custom fields travel up: a county's definitions and its people's values arrive in the city under that county, the
// city lists that county's fields and filters its people by them; a package holding a malformed value is refused.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CustomFieldRow } from '@core/customFields/contract';
import { createCustomField, updateCustomField } from '@core/customFields/fields';
import { importPackage } from '@core/exchange/inbox';
import { exchangeTable } from '@core/exchange/tables';
import type { ExchangeRecord } from '@core/exchange/types';
import type { PeoplePage } from '@core/people/contract';
import {
  addPeople,
  CITY,
  cityWith,
  COUNTY,
  craftPackage,
  edit,
  exportTo,
  tableRecordsOf,
} from '../exchange/exchange-apply-support';

describe('custom fields in packages', () => {
  it("carry a county's definitions and values to the city, hidden fields' values too, and a later edit", async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const admin = county!.ctx(['admin'], 'customFields.create');
    createCustomField(admin, {
      roster: 'people',
      labelZh: '血型',
      labelEn: 'Blood type',
      type: 'choice',
      choices: ['A', 'O'],
      inGrid: true,
    });
    const old = createCustomField(admin, { roster: 'people', labelZh: '旧编号', labelEn: 'Old number', type: 'text' });
    const [zhangId] = addPeople(county!, [
      { name: '张三', idNumber: '321302199001011234', customFields: { f1: 'O', f2: 'J-7' } },
      { name: '李四', idNumber: '321302198503150029', customFields: { f1: 'A' } },
    ]);
    updateCustomField(county!.ctx(['admin'], 'customFields.update'), old.id, 1, { hidden: true });

    const first = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(first).toMatchObject({ status: 'applied', summary: { custom_fields: { new: 2 }, people: { new: 2 } } });
    // The county's grid field is indexed at the city too (custom-fields-indexes.test.ts).
    const cityIndexes = city.store.sqlite
      .prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'cf_%'`)
      .pluck()
      .all();
    expect(cityIndexes).toEqual(['cf_people_f1']);
    const call = await city.caller!(['viewer']);
    const fields = (await call('customFields.list', { roster: 'people', officeCode: COUNTY, includeHidden: true })) as {
      value: CustomFieldRow[];
    };
    expect(fields.value.map((f) => [f.key, f.labelZh, f.hidden])).toEqual([
      ['f1', '血型', false],
      ['f2', '旧编号', true],
    ]);
    const list = async (match: object) =>
      (
        (await call('people.list', {
          offset: 0,
          limit: 10,
          officeCode: COUNTY,
          columnFilters: [{ kind: 'custom', key: 'f1', match }],
        })) as { value: PeoplePage }
      ).value.rows;
    expect((await list({ op: 'choice', values: ['O'] })).map((r) => [r.name, r.customFields])).toEqual([
      ['张三', { f1: 'O', f2: 'J-7' }],
    ]);

    edit(county!, zhangId!, { customFields: { f1: 'A' } });
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });
    expect((await list({ op: 'choice', values: ['A'] })).map((r) => [r.name, r.customFields])).toEqual([
      ['李四', { f1: 'A' }],
      ['张三', { f1: 'A', f2: 'J-7' }],
    ]);
  });

  it("check a person's values and a definition as entry would", () => {
    const person = (customFields: unknown): ExchangeRecord => ({
      table: 'people',
      id: randomUUID(),
      officeCode: COUNTY,
      rowVersion: 1,
      voided: false,
      voidedAt: null,
      voidedBy: null,
      voidReason: null,
      fields: {
        created_at: '2026-03-01T08:00:00.000Z',
        updated_at: '2026-03-01T08:00:00.000Z',
        created_by: 'clerk',
        updated_by: 'clerk',
        name: '张三',
        gender: 'M',
        id_number: '321302199001011234',
        id_converted: 0,
        birth_date: '1990-01-01',
        custom_fields: customFields,
      },
    });
    const validate = exchangeTable('people')!.validate;
    expect(validate(person('{"f1":"O","f2":12.5,"f3":"2020-01-02","f4":true}'))).toBeNull();
    for (const bad of [
      '{"f1":',
      '["O"]',
      '{"name":"x"}',
      '{"f1":{"a":1}}',
      '{"f1":""}',
      `{"f1":"${'长'.repeat(501)}"}`,
    ])
      expect(validate(person(bad))).toMatchObject({ code: 'PKG_VALUE_INVALID', column: 'custom_fields', rule: 'type' });
    expect(validate(person(7))).toMatchObject({ column: 'custom_fields', rule: 'type' });

    const definition = (fields: Record<string, unknown>): ExchangeRecord => ({
      ...person(null),
      table: 'custom_fields',
      fields: {
        created_at: '2026-03-01T08:00:00.000Z',
        updated_at: '2026-03-01T08:00:00.000Z',
        created_by: 'admin',
        updated_by: 'admin',
        roster: 'people',
        key: 'f1',
        label_zh: '血型',
        label_en: 'Blood type',
        type: 'choice',
        choices: '["A","O"]',
        required: 0,
        in_grid: 1,
        hidden: 0,
        sort_order: 1,
        ...fields,
      },
    });
    const check = exchangeTable('custom_fields')!.validate;
    expect(check(definition({}))).toBeNull();
    expect(check(definition({ key: "f1'" }))).toMatchObject({ column: 'key' });
    expect(check(definition({ type: 'photo' }))).toMatchObject({ column: 'type', rule: 'enum' });
    expect(check(definition({ choices: '[1]' }))).toMatchObject({ column: 'choices' });
    expect(check(definition({ roster: 'donors' }))).toMatchObject({ column: 'roster', rule: 'enum' });
  });

  it('refuse a package whose person holds a malformed custom value', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addPeople(county!, [{ name: '张三', idNumber: '321302199001011234' }]);
    const mine = tableRecordsOf(county!, 'people')[0]!;
    const outcome = await importPackage(
      city.ctx(),
      await craftPackage(county!, city, {
        seq: 1,
        records: [{ ...mine, fields: { ...mine.fields, custom_fields: '{"f1":{"nested":true}}' } }],
      }),
    );
    expect(outcome).toMatchObject({
      status: 'rejected',
      code: 'PKG_VALUE_INVALID',
      details: { table: 'people', column: 'custom_fields' },
    });
  });
});
