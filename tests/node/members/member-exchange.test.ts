// Members travel up with the registry: a county's person member with a transfer in its history and a unit with
// its dues arrive in the city under that county, where the roster and the figures read them read-only; a member
// who is another county's person is refused like any foreign reference.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importPackage } from '@core/exchange/inbox';
import { exchangeTables } from '@core/exchange/tables';
import type { ExchangeRecord } from '@core/exchange/types';
import type { MemberPage, MemberRow, MemberStats, MemberStatusChange } from '@core/members/roster/contract';
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

/** A person member transferred out and back, and a unit that paid this year's dues. */
async function membersOf(county: Office, personId: string) {
  const clerk = await county.caller!(['clerk']);
  const person = await value<MemberRow>(clerk, 'members.create', {
    kind: 'individual',
    personId,
    joinDate: '2024-03-01',
  });
  const out = await value<MemberRow>(clerk, 'members.setStatus', {
    id: person.id,
    rowVersion: person.rowVersion,
    status: 'transferred',
    date: '2025-05-01',
    transferTo: '宿豫区红十字会',
  });
  await value(clerk, 'members.setStatus', {
    id: person.id,
    rowVersion: out.rowVersion,
    status: 'active',
    date: '2025-06-01',
  });
  const unit = await value<MemberRow>(clerk, 'members.create', {
    kind: 'group',
    unitName: '宿城区第一中学',
    headcount: 1_200,
    joinDate: '2024-01-05',
  });
  const year = new Date().getUTCFullYear();
  await value(clerk, 'members.dues.collect', {
    memberId: unit.id,
    year: year - 1,
    amountFen: 150_000,
    paidDate: `${year - 1}-06-01`,
  });
  return { person, unit };
}

describe('members in packages', () => {
  it('registers the member tables after the people they point at, each after what it names', () => {
    const names = exchangeTables().map((t) => t.name);
    for (const later of ['members', 'member_status_changes', 'member_dues'])
      expect(names.indexOf('people')).toBeLessThan(names.indexOf(later));
    expect(names.indexOf('members')).toBeLessThan(names.indexOf('member_dues'));
    expect(names.indexOf('members')).toBeLessThan(names.indexOf('member_status_changes'));
    expect(names).not.toContain('member_sequences');
  });

  it("carries a county's members, history and dues to the city, where its roster reads them", async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const [personId] = addGenerated(county!, 1);
    const { person, unit } = await membersOf(county!, personId!);

    const outcome = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(outcome).toMatchObject({
      status: 'applied',
      summary: { members: { new: 2 }, member_status_changes: { new: 2 }, member_dues: { new: 1 } },
    });
    const viewer = await city.caller!(['viewer']);
    const roster = await value<MemberPage>(viewer, 'members.list', {
      officeCode: COUNTY,
      sort: [{ column: 'kind', direction: 'asc' }],
      offset: 0,
      limit: 10,
    });
    expect(roster.rows.map((r) => [r.id, r.officeCode, r.cardNumber, r.paidYears.length])).toEqual([
      [unit.id, COUNTY, unit.cardNumber, 1],
      [person.id, COUNTY, person.cardNumber, 0],
    ]);
    const history = await value<MemberStatusChange[]>(viewer, 'members.history', { id: person.id });
    expect(history.map((h) => h.toStatus)).toEqual(['transferred', 'active']);
    expect(await value<MemberStats>(viewer, 'members.stats', { officeCode: COUNTY })).toMatchObject({ members: 2 });
    const clerk = await city.caller!(['clerk']);
    expect(await clerk('members.void', { id: unit.id, reason: '城市不能作废' })).toMatchObject({
      ok: false,
      error: { code: 'RECORD_READ_ONLY' },
    });
  });

  it("refuses a member who is another county's person, and changes nothing", async () => {
    const {
      city,
      counties: [county, other],
    } = cityWith(COUNTY, OTHER_COUNTY);
    const [theirs] = addGenerated(other!, 1, 11);
    expect(await importPackage(city.ctx(), await exportTo(other!, CITY))).toMatchObject({ status: 'applied' });
    const [ours] = addGenerated(county!, 1);
    await membersOf(county!, ours!);
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });

    const mine = tableRecordsOf(county!, 'members').find((r) => r.fields.person_id)!;
    const forged: ExchangeRecord = {
      ...mine,
      id: randomUUID(),
      rowVersion: 1,
      fields: { ...mine.fields, card_number: `${COUNTY}M000099`, person_id: theirs },
    };
    const { outcome, digestBefore, digestAfter } = await importCraftedNext(county!, city, [forged]);
    expect(outcome).toMatchObject({
      status: 'rejected',
      code: 'PKG_REFERENCE_FOREIGN',
      details: { table: 'members', column: 'person_id', rule: 'foreign' },
    });
    expect(digestAfter).toBe(digestBefore);
  });

  it('refuses a member whose custom values are not of the stored form, and changes nothing', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const [ours] = addGenerated(county!, 1);
    await membersOf(county!, ours!);
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });
    const mine = tableRecordsOf(county!, 'members').find((r) => r.fields.person_id)!;
    const forged: ExchangeRecord = {
      ...mine,
      rowVersion: Number(mine.rowVersion) + 1,
      fields: { ...mine.fields, custom_fields: '{"f1":{"nested":true}}' },
    };
    const { outcome, digestBefore, digestAfter } = await importCraftedNext(county!, city, [forged]);
    expect(outcome).toMatchObject({
      status: 'rejected',
      code: 'PKG_VALUE_INVALID',
      details: { table: 'members', column: 'custom_fields' },
    });
    expect(digestAfter).toBe(digestBefore);
  });
});
