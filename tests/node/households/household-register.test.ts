// The household register through the router: the grid pages, sorts, filters (place, attribute, poverty status,
// beneficiary category) and searches the head's name by pinyin, with masked ID numbers and the size from the
// members now; a poverty file keeps its status history and measures; beneficiary categories start from the
// defaults and refuse a void while someone is in them; a voided household frees its people.
import { describe, expect, it } from 'vitest';
import type { BeneficiaryCategoryRow, BeneficiaryRow } from '@core/households/beneficiaries/contract';
import type { PovertyFileDetail } from '@core/households/poverty/contract';
import type { HouseholdDetail, HouseholdPage } from '@core/households/roster/contract';
import { DEFAULT_BENEFICIARY_CATEGORIES } from '@rules/households';
import { maskIdNumber } from '@rules/idNumber';
import { valueOf } from '../volunteers/volunteer-support';
import { householdOffice } from './household-support';

type Office = Awaited<ReturnType<typeof householdOffice>>;

const page = async (office: Office, query: Record<string, unknown>) =>
  valueOf(await office.call<HouseholdPage>('viewer', 'households.list', { offset: 0, limit: 50, ...query }));

describe('the household register', () => {
  it('pages, sorts, filters and searches by the head, with masked IDs and sizes', async () => {
    const office = await householdOffice(8);
    const [a, b, c, d, e] = office.people;
    const first = await office.household(a!.id, [b!.id, c!.id], {
      number: 'H-001',
      township: '蔡集镇',
      village: '张圩村',
      villageGroup: '三组',
      attribute: 'minimumLiving',
    });
    const second = await office.household(d!.id, [], { township: '蔡集镇', village: '王庄村' });
    const third = await office.household(e!.id, [], { township: '耿车镇' });
    expect(second.number).toBe('321302H000001');

    const all = await page(office, { sort: [{ column: 'number', direction: 'asc' }] });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => [r.number, r.headName, r.size])).toEqual([
      ['321302H000001', d!.name, 1],
      ['321302H000002', e!.name, 1],
      ['H-001', a!.name, 3],
    ]);
    expect(all.rows[2]!.headIdNumber).toBe(maskIdNumber(a!.idNumber));
    expect((await page(office, { township: '蔡集镇' })).total).toBe(2);
    expect((await page(office, { village: '张圩村', villageGroup: '三组' })).rows.map((r) => r.id)).toEqual([first.id]);
    expect((await page(office, { attribute: 'minimumLiving' })).rows.map((r) => r.id)).toEqual([first.id]);
    const heads = [a!, d!, e!];
    const initials = e!.pinyinInitials;
    expect((await page(office, { search: initials })).rows.map((r) => r.headName).sort()).toEqual(
      heads
        .filter((h) => h.pinyinInitials.startsWith(initials))
        .map((h) => h.name)
        .sort(),
    );
    expect((await page(office, { search: e!.name })).rows.map((r) => r.id)).toEqual([third.id]);
    expect((await page(office, { search: 'h-001' })).rows.map((r) => r.id)).toEqual([first.id]);
    expect((await page(office, { search: 'H000002' })).rows.map((r) => r.id)).toEqual([third.id]);
    // A member who is not the head is not found by the head's search.
    expect((await page(office, { search: b!.name })).rows.map((r) => r.id)).not.toContain(first.id);

    const file = valueOf(
      await office.call<PovertyFileDetail>('clerk', 'households.poverty.save', {
        householdId: first.id,
        mainCause: 'illness',
        secondaryCause: 'lackOfSkills',
        identifiedDate: '2019-03-01',
        landAreaHundredthsMu: 250,
        housingSafetyGrade: 'C',
      }),
    );
    expect(file.file).toMatchObject({ status: 'assisted', statusDate: '2019-03-01', landAreaHundredthsMu: 250 });
    expect((await page(office, { povertyStatus: 'assisted' })).rows.map((r) => [r.id, r.mainCause])).toEqual([
      [first.id, 'illness'],
    ]);
    const category = valueOf(
      await office.call<BeneficiaryCategoryRow[]>('viewer', 'beneficiaries.categories.list', {}),
    ).find((c) => c.name === '低保')!;
    valueOf(
      await office.call<BeneficiaryRow[]>('clerk', 'beneficiaries.add', {
        categoryId: category.id,
        householdId: second.id,
        fromDate: '2024-01-01',
      }),
    );
    expect((await page(office, { categoryId: category.id })).rows.map((r) => r.id)).toEqual([second.id]);
  });

  it('gives the same name order whether a page walks the heads by name or sorts the households', async () => {
    const office = await householdOffice(10);
    const heads = office.people.slice(0, 8);
    for (const [n, head] of heads.entries())
      await office.household(head.id, [], { attribute: n % 2 ? 'minimumLiving' : 'general' });
    for (const query of [
      { sort: [{ column: 'headName', direction: 'asc' }] },
      { sort: [{ column: 'headName', direction: 'desc' }] },
      { attribute: 'minimumLiving' },
    ]) {
      // A page of 50 reads the households and sorts them; pages of 1 walk the people's name index.
      const whole = (await page(office, { ...query, limit: 50 })).rows.map((r) => r.id);
      const paged: string[] = [];
      for (let offset = 0; offset < whole.length; offset++)
        paged.push(...(await page(office, { ...query, offset, limit: 1 })).rows.map((r) => r.id));
      expect(paged).toEqual(whole);
    }
    const byName = (await page(office, { limit: 50 })).rows.map((r) => r.headName);
    const pinyinOf = new Map(heads.map((h) => [h.name, h.pinyinFull]));
    expect(byName.map((name) => pinyinOf.get(name))).toEqual([...heads.map((h) => h.pinyinFull)].sort());
  });

  it('keeps the poverty status with its history, a monitored household with its category, and measures', async () => {
    const office = await householdOffice(2);
    const home = await office.household(office.people[0]!.id);
    const saved = valueOf(
      await office.call<PovertyFileDetail>('clerk', 'households.poverty.save', {
        householdId: home.id,
        mainCause: 'disability',
        identifiedDate: '2016-05-01',
      }),
    );
    const status = (input: Record<string, unknown>) =>
      office.call<PovertyFileDetail>('clerk', 'households.poverty.setStatus', { householdId: home.id, ...input });
    expect(await status({ rowVersion: saved.file!.rowVersion, status: 'monitored', date: '2021-01-01' })).toMatchObject(
      {
        ok: false,
        error: { code: 'POVERTY_CATEGORY_REQUIRED' },
      },
    );
    const exited = valueOf(await status({ rowVersion: saved.file!.rowVersion, status: 'exited', date: '2020-12-01' }));
    const watched = valueOf(
      await status({
        rowVersion: exited.file!.rowVersion,
        status: 'monitored',
        monitoringCategory: 'unstableExited',
        date: '2022-03-01',
        reason: '大病支出',
      }),
    );
    expect(watched.file).toMatchObject({
      status: 'monitored',
      monitoringCategory: 'unstableExited',
      statusDate: '2022-03-01',
    });
    expect(watched.statusHistory.map((h) => [h.fromStatus, h.toStatus, h.toCategory, h.changeDate])).toEqual([
      ['assisted', 'exited', null, '2020-12-01'],
      ['exited', 'monitored', 'unstableExited', '2022-03-01'],
    ]);

    valueOf(
      await office.call('clerk', 'households.incomes.save', { householdId: home.id, year: 2023, incomeFen: 1_250_000 }),
    );
    const measured = valueOf(
      await office.call<PovertyFileDetail>('clerk', 'households.measures.add', {
        householdId: home.id,
        kind: 'industry',
        project: '养羊',
        scale: '10 只',
        fundsFen: 500_000,
        startDate: '2023-03-01',
        endDate: '2024-03-01',
      }),
    );
    expect(measured.incomes.map((i) => [i.year, i.incomeFen])).toEqual([[2023, 1_250_000]]);
    expect(measured.measures.map((m) => [m.project, m.fundsFen, m.acknowledged])).toEqual([['养羊', 500_000, false]]);
    expect(
      await office.call('clerk', 'households.measures.add', {
        householdId: home.id,
        project: '务工',
        startDate: '2024-03-01',
        endDate: '2023-03-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'MEASURE_PERIOD_INVALID' } });
  });

  it('starts categories from the defaults, refuses a void while in use, and a voided household frees its people', async () => {
    const office = await householdOffice(3);
    const [a, b] = office.people;
    const categories = valueOf(
      await office.call<BeneficiaryCategoryRow[]>('viewer', 'beneficiaries.categories.list', {}),
    );
    expect(categories.map((c) => c.name)).toEqual([...DEFAULT_BENEFICIARY_CATEGORIES]);
    const elderly = categories.find((c) => c.name === '孤寡老人')!;
    const added = valueOf(
      await office.call<BeneficiaryRow[]>('clerk', 'beneficiaries.add', {
        categoryId: elderly.id,
        personId: a!.id,
        fromDate: '2024-01-01',
      }),
    );
    expect(
      await office.call('clerk', 'beneficiaries.add', {
        categoryId: elderly.id,
        personId: a!.id,
        fromDate: '2024-02-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'BENEFICIARY_ALREADY_IN' } });
    expect(
      await office.call('clerk', 'beneficiaries.categories.void', { id: elderly.id, reason: '合并' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BENEFICIARY_CATEGORY_IN_USE', details: { count: 1 } },
    });
    valueOf(
      await office.call('clerk', 'beneficiaries.end', {
        id: added[0]!.id,
        rowVersion: added[0]!.rowVersion,
        toDate: '2024-06-30',
      }),
    );
    const left = valueOf(
      await office.call<BeneficiaryCategoryRow[]>('clerk', 'beneficiaries.categories.void', {
        id: elderly.id,
        reason: '合并',
      }),
    );
    expect(left.map((c) => c.name)).not.toContain('孤寡老人');

    const mistaken = await office.household(a!.id, [b!.id]);
    valueOf(await office.call('clerk', 'households.void', { id: mistaken.id, reason: '重复录入' }));
    expect((await page(office, {})).total).toBe(0);
    const again = valueOf(
      await office.call<HouseholdDetail>('clerk', 'households.create', {
        headPersonId: b!.id,
        attribute: 'general',
        fromDate: '2024-01-01',
      }),
    );
    expect(again.members.map((m) => m.name)).toEqual([b!.name]);
  });
});
