// Households travel up with the registry: a county's household with a member who moved in, the member's facts, a
// poverty file with its status history, income and measure, a beneficiary membership, and a cadre paired with the
// household who visited it arrive in the city under that county, where the register reads them read-only. The city
// checks them: a member who is another county's person, or a cause no list holds, is refused and changes nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recordProblemOf, recordProblemText } from '@api/recordLabels';
import { importPackage } from '@core/exchange/inbox';
import { exchangeTables } from '@core/exchange/tables';
import type { ExchangeRecord } from '@core/exchange/types';
import type { BeneficiaryCategoryRow } from '@core/households/beneficiaries/contract';
import type { PovertyFileDetail } from '@core/households/poverty/contract';
import type { HouseholdDetail, HouseholdPage } from '@core/households/roster/contract';
import { insertRecord } from '@core/records/write';
import { householdCadres, householdPairings, householdVisits } from '@db/schema';
import {
  addGenerated,
  CITY,
  cityWith,
  COUNTY,
  exportTo,
  importCraftedNext,
  type Office,
  OTHER_COUNTY,
  tableRecordsOf,
} from '../exchange/exchange-apply-support';

type Call = (method: string, input: unknown) => Promise<unknown>;
const value = async <T>(call: Call, method: string, input: unknown): Promise<T> => {
  const result = (await call(method, input)) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
};

const HOUSEHOLD_TABLES = [
  'households',
  'household_members',
  'poverty_files',
  'poverty_status_changes',
  'household_incomes',
  'poverty_measures',
  'beneficiary_categories',
  'beneficiary_memberships',
  'household_cadres',
  'household_pairings',
  'household_visits',
  'household_settings',
];

/** A household of two, the second moved in from a household of their own (voided once empty); its file and the rest. */
async function householdOf(county: Office, [head, member, cadre]: string[]) {
  const clerk = await county.caller!(['clerk']);
  const create = (personId: string) =>
    value<HouseholdDetail>(clerk, 'households.create', {
      headPersonId: personId,
      attribute: 'minimumLiving',
      fromDate: '2019-01-01',
    });
  const home = await create(head!);
  const own = await create(member!);
  await value(clerk, 'households.members.move', {
    personId: member!,
    toHouseholdId: home.id,
    relation: 'spouse',
    date: '2020-01-01',
    reason: '结婚',
  });
  await value(clerk, 'households.void', { id: own.id, reason: '并户' });
  const joined = await value<HouseholdDetail>(clerk, 'households.get', { id: home.id });
  const spouse = joined.members.find((m) => m.personId === member)!;
  await value(clerk, 'households.members.saveFacts', {
    membershipId: spouse.membershipId,
    rowVersion: spouse.rowVersion,
    health: 'disabled',
    disabilityGrade: 3,
  });
  const file = await value<PovertyFileDetail>(clerk, 'households.poverty.save', {
    householdId: home.id,
    mainCause: 'disability',
  });
  await value(clerk, 'households.poverty.setStatus', {
    householdId: home.id,
    rowVersion: file.file!.rowVersion,
    status: 'exited',
    date: '2021-12-01',
  });
  await value(clerk, 'households.incomes.save', { householdId: home.id, year: 2023, incomeFen: 1_800_000 });
  await value(clerk, 'households.measures.add', { householdId: home.id, project: '光伏扶贫', fundsFen: 300_000 });
  const [low] = await value<BeneficiaryCategoryRow[]>(clerk, 'beneficiaries.categories.list', {});
  await value(clerk, 'beneficiaries.add', { categoryId: low!.id, householdId: home.id, fromDate: '2020-01-01' });
  // Cadres, pairings and visits have no screens yet: written through the record layer as their core will.
  const ctx = county.ctx(['clerk'], 'test.pairing');
  const cadreRow = insertRecord(ctx, householdCadres, COUNTY, {
    personId: cadre!,
    unit: '宿城区民政局',
    level: 'county',
    phone: '13912345678',
    notes: null,
  });
  insertRecord(ctx, householdPairings, COUNTY, {
    cadreId: cadreRow.id,
    householdId: home.id,
    fromDate: '2020-03-01',
    toDate: null,
    endReason: null,
  });
  insertRecord(ctx, householdVisits, COUNTY, {
    householdId: home.id,
    cadreId: cadreRow.id,
    visitDate: '2024-09-15',
    found: '屋顶漏雨',
    done: '联系修缮',
    moneyFen: 50_000,
    stockDocumentId: null,
    acknowledged: true,
  });
  return home;
}

describe('households in packages', () => {
  it('registers the household tables after the people they point at, each after what it names', () => {
    const names = exchangeTables().map((t) => t.name);
    for (const table of HOUSEHOLD_TABLES) expect(names.indexOf('people')).toBeLessThan(names.indexOf(table));
    expect(names.indexOf('households')).toBeLessThan(names.indexOf('household_members'));
    expect(names.indexOf('household_cadres')).toBeLessThan(names.indexOf('household_pairings'));
    expect(names.indexOf('stock_documents')).toBeLessThan(names.indexOf('household_visits'));
    expect(names).not.toContain('household_sequences');
  });

  it("carries a county's households to the city, where the register reads them read-only", async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const home = await householdOf(county!, addGenerated(county!, 3));

    const outcome = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(outcome).toMatchObject({
      status: 'applied',
      summary: {
        households: { new: 2 },
        household_members: { new: 3 },
        poverty_files: { new: 1 },
        poverty_status_changes: { new: 1 },
        household_incomes: { new: 1 },
        poverty_measures: { new: 1 },
        beneficiary_categories: { new: 7 },
        beneficiary_memberships: { new: 1 },
        household_cadres: { new: 1 },
        household_pairings: { new: 1 },
        household_visits: { new: 1 },
      },
    });
    const viewer = await city.caller!(['viewer']);
    const register = await value<HouseholdPage>(viewer, 'households.list', {
      officeCode: COUNTY,
      offset: 0,
      limit: 10,
    });
    expect(register.rows.map((r) => [r.id, r.officeCode, r.size, r.povertyStatus])).toEqual([
      [home.id, COUNTY, 2, 'exited'],
    ]);
    const detail = await value<HouseholdDetail>(viewer, 'households.get', { id: home.id });
    expect(detail.members.map((m) => [m.relation, m.disabilityGrade])).toEqual([
      ['self', null],
      ['spouse', 3],
    ]);
    const clerk = await city.caller!(['clerk']);
    expect(await clerk('households.void', { id: home.id, reason: '城市不能作废' })).toMatchObject({
      ok: false,
      error: { code: 'RECORD_READ_ONLY' },
    });
  });

  it("refuses a member who is another county's person and a cause no list holds, changing nothing", async () => {
    const {
      city,
      counties: [county, other],
    } = cityWith(COUNTY, OTHER_COUNTY);
    const [theirs] = addGenerated(other!, 1, 11);
    expect(await importPackage(city.ctx(), await exportTo(other!, CITY))).toMatchObject({ status: 'applied' });
    await householdOf(county!, addGenerated(county!, 3));
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });

    const member = tableRecordsOf(county!, 'household_members')[0]!;
    const foreign: ExchangeRecord = {
      ...member,
      id: randomUUID(),
      rowVersion: 1,
      fields: { ...member.fields, person_id: theirs, to_date: '2020-01-01' },
    };
    const refused = await importCraftedNext(county!, city, [foreign]);
    expect(refused.outcome).toMatchObject({
      status: 'rejected',
      code: 'PKG_REFERENCE_FOREIGN',
      details: { table: 'household_members', column: 'person_id', rule: 'foreign' },
    });
    expect(refused.digestAfter).toBe(refused.digestBefore);
    expect(recordProblemText(recordProblemOf(refused.outcome.details)!, 'zh-CN')).toBe(
      '家庭成员（第 1 行）：人员指向其他单位的记录',
    );

    const file = tableRecordsOf(county!, 'poverty_files')[0]!;
    const unknown: ExchangeRecord = {
      ...file,
      rowVersion: file.rowVersion + 1,
      fields: { ...file.fields, main_cause: '因懒' },
    };
    const invalid = await importCraftedNext(county!, city, [unknown]);
    expect(invalid.outcome).toMatchObject({
      status: 'rejected',
      code: 'PKG_VALUE_INVALID',
      details: { table: 'poverty_files', column: 'main_cause', rule: 'enum' },
    });
    expect(invalid.digestAfter).toBe(invalid.digestBefore);
  });
});
