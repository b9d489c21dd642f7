// What the household register screens read through the router: the grid filtered by several values of a column (the
// choice lists under its headers), an office's own field filled on the form, filtered and sorted; the export of the
// grid's view with masked ID numbers and the field under its label; the places of the households for the choice
// lists; the 救助对象 register of people and households with their names and households, and the categories a row
// shows; and a moved member's households (户籍变动), the old one ended with its reason.
import { describe, expect, it } from 'vitest';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { BeneficiaryCategoryRow, BeneficiaryPage } from '@core/households/beneficiaries/contract';
import type { PersonHouseholdSpell } from '@core/households/members/contract';
import type { HouseholdDetail, HouseholdFacets, HouseholdPage } from '@core/households/roster/contract';
import type { ExportedFile } from '@core/people/contract';
import { maskIdNumber } from '@rules/idNumber';
import { exportedRows } from '../exportedRows';
import { ADMIN_PASSWORD } from '../support';
import { valueOf } from '../volunteers/volunteer-support';
import { householdOffice } from './household-support';

type Office = Awaited<ReturnType<typeof householdOffice>>;

const page = async (office: Office, query: Record<string, unknown>) =>
  valueOf(await office.call<HouseholdPage>('viewer', 'households.list', { offset: 0, limit: 50, ...query }));

async function threeHouseholds() {
  const office = await householdOffice(8);
  await office.call('admin', 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
  const income = valueOf(
    await office.call<CustomFieldRow>('admin', 'customFields.create', {
      roster: 'households',
      labelZh: '易地搬迁',
      labelEn: 'Relocated',
      type: 'choice',
      choices: ['是', '否'],
      inGrid: true,
    }),
  );
  const [a, b, c, d, e] = office.people;
  const first = await office.household(a!.id, [b!.id], {
    township: '蔡集镇',
    village: '张圩村',
    attribute: 'minimumLiving',
    customFields: { [income.key]: '是' },
  });
  const second = await office.household(c!.id, [d!.id], {
    township: '蔡集镇',
    village: '王庄村',
    attribute: 'extremePoverty',
    customFields: { [income.key]: '否' },
  });
  const third = await office.household(e!.id, [], { township: '耿车镇', village: '大兴村' });
  return { office, income, first, second, third };
}

describe('the household register screens', () => {
  it('filters by several values of a column and by an office’s own field, sorts by it, and exports the view', async () => {
    const { office, income, first, second, third } = await threeHouseholds();
    const ids = (p: HouseholdPage) => p.rows.map((r) => r.id);
    expect(ids(await page(office, { attribute: ['minimumLiving', 'extremePoverty'], sort: [] })).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(ids(await page(office, { village: ['张圩村', '大兴村'] })).sort()).toEqual([first.id, third.id].sort());
    const relocated = { key: income.key, match: { op: 'choice', values: ['是'] } };
    expect(ids(await page(office, { customFilters: [relocated] }))).toEqual([first.id]);
    const byField = await page(office, { sort: [{ column: income.key, direction: 'desc' }] });
    expect(ids(byField).slice(0, 2)).toEqual([first.id, second.id]);
    expect(byField.rows[0]!.customFields).toEqual({ [income.key]: '是' });

    const edited = valueOf(
      await office.call<HouseholdDetail>('clerk', 'households.update', {
        id: third.id,
        rowVersion: third.rowVersion,
        patch: { customFields: { [income.key]: '是' } },
      }),
    );
    expect(edited.customFields).toEqual({ [income.key]: '是' });
    expect(
      await office.call('clerk', 'households.update', {
        id: third.id,
        rowVersion: edited.rowVersion,
        patch: { customFields: { [income.key]: '也许' } },
      }),
    ).toMatchObject({ ok: false, error: { code: 'CUSTOM_FIELDS_INVALID' } });

    const file = valueOf(
      await office.call<ExportedFile>('viewer', 'households.export', {
        township: '蔡集镇',
        sort: [{ column: 'number', direction: 'asc' }],
      }),
    );
    expect(file).toMatchObject({ rows: 2, fileName: expect.stringMatching(/^户籍与帮扶户-\d{8}-\d{4}\.xlsx$/) });
    const rows = await exportedRows(file);
    expect(rows.map((r) => [r['户编号']!.text, r['户主姓名']!.text, r['户属性']!.text, r['家庭人口']!.value])).toEqual([
      [first.number, first.headName, '低保户', 2],
      [second.number, second.headName, '特困供养户', 2],
    ]);
    expect(rows[0]!['户主身份证号']!.text).toBe(maskIdNumber(office.people[0]!.idNumber));
    expect(rows.map((r) => r['易地搬迁']!.text)).toEqual(['是', '否']);

    expect(valueOf(await office.call<HouseholdFacets>('viewer', 'households.facets', {}))).toEqual({
      townships: ['耿车镇', '蔡集镇'].sort(),
      villages: [
        { township: '耿车镇', village: '大兴村' },
        { township: '蔡集镇', village: '张圩村' },
        { township: '蔡集镇', village: '王庄村' },
      ].sort((x, y) => `${x.township}${x.village}`.localeCompare(`${y.township}${y.village}`)),
    });
  });

  it('lists the beneficiaries of each category, people with their household and households by their head', async () => {
    const { office, first, third } = await threeHouseholds();
    const categories = valueOf(
      await office.call<BeneficiaryCategoryRow[]>('viewer', 'beneficiaries.categories.list', {}),
    );
    const id = (name: string) => categories.find((c) => c.name === name)!.id;
    const member = office.people[1]!;
    const add = (input: Record<string, unknown>) => office.call('clerk', 'beneficiaries.add', input).then(valueOf);
    await add({ categoryId: id('低保'), householdId: first.id, fromDate: '2024-01-01' });
    await add({ categoryId: id('残疾'), personId: member.id, fromDate: '2024-02-01' });
    const ended = (await add({
      categoryId: id('受灾户'),
      householdId: third.id,
      fromDate: '2023-07-01',
      toDate: '2023-12-31',
    })) as { id: string }[];
    expect(ended).toHaveLength(1);

    const list = async (query: Record<string, unknown>) =>
      valueOf(await office.call<BeneficiaryPage>('viewer', 'beneficiaries.list', { offset: 0, limit: 50, ...query }));
    const now = await list({});
    expect(now.total).toBe(2);
    expect(now.rows.map((r) => [r.categoryName, r.name, r.householdNumber, r.openHouseholdId, r.village])).toEqual([
      ['低保', first.headName, first.number, first.id, '张圩村'],
      ['残疾', member.name, first.number, first.id, '张圩村'],
    ]);
    expect(now.rows[1]!.idNumber).toBe(maskIdNumber(member.idNumber));
    expect((await list({ includeEnded: true })).total).toBe(3);
    expect((await list({ kind: 'person' })).rows.map((r) => r.name)).toEqual([member.name]);
    expect((await list({ categoryId: id('残疾') })).total).toBe(1);
    expect((await list({ search: member.name })).rows.map((r) => r.categoryName)).toEqual(['残疾']);
    // The register shows the household's own categories now (the ended 受灾户 and the member's 残疾 are not).
    const rows = (await page(office, { sort: [{ column: 'number', direction: 'asc' }] })).rows;
    expect(rows.map((r) => [r.id, r.categories])).toEqual([
      [first.id, ['低保']],
      [rows[1]!.id, []],
      [third.id, []],
    ]);
  });

  it('gives a moved member’s households, the old one ended with the reason', async () => {
    const { office, first, third } = await threeHouseholds();
    const member = office.people[1]!;
    valueOf(
      await office.call('clerk', 'households.members.move', {
        personId: member.id,
        toHouseholdId: third.id,
        relation: 'other',
        date: '2024-06-01',
        reason: '婚嫁',
      }),
    );
    const spells = valueOf(
      await office.call<PersonHouseholdSpell[]>('viewer', 'households.members.history', { personId: member.id }),
    );
    expect(spells.map((s) => [s.number, s.headName, s.relation, s.fromDate, s.toDate, s.endReason])).toEqual([
      [first.number, first.headName, 'child', '2020-01-01', '2024-06-01', '婚嫁'],
      [third.number, third.headName, 'other', '2024-06-01', null, null],
    ]);
  });
});
