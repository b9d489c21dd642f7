// Masking that cannot be undone: a roster of 300, a campaign and its sign-off sheet; every reader role without the
// reveal permission (viewer, warehouse, approver) and a clerk's masked export are attacked the obvious ways - the mask
// plus anything shown beside it, the row order, searches reaching into the hidden digits, full-number guesses - and
// not one ID number may be rebuilt. The same attacks against a clerk's unmasked view succeed, so the checks can fail.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_MISSES } from '@core/people/lookupLimit';
import { listPeople } from '@core/people/query';
import { createPerson } from '@core/people/service';
import type { Role } from '@rules/roles';
import { seedPeople, stockOffice } from '../stock/stock-reports-support';
import { callerFor, officeBackend } from '../support';
import { cluesOf, maskCandidates, maskOf, narrow, personObjects } from './people-masking-support';

const READERS_WITHOUT_REVEAL = ['viewer', 'keeper', 'approver'] as const;
const USERS: Record<string, Role[]> = {
  viewer: ['viewer'],
  keeper: ['warehouse'],
  approver: ['approver'],
  clerk: ['clerk'],
  head: ['warehouse', 'approver'],
};
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; details?: Record<string, unknown> } };
interface Row {
  id: string;
  name: string;
  idNumber: string;
  mobile: string | null;
}

async function rosterOffice() {
  const office = stockOffice();
  const people = seedPeople(office.store, 300, 11);
  const call = async (user: string, method: string, input: unknown) =>
    (await office.backend.router.call(method, input, callerFor(office.backend.router, user))) as Result;
  const value = async <T>(user: string, method: string, input: unknown): Promise<T> => {
    const result = await call(user, method, input);
    if (!result.ok) throw new Error(`${method} as ${user}: ${result.error.code}`);
    return result.value as T;
  };
  for (const [username, roles] of Object.entries(USERS)) {
    office.addUser(username, roles, `${username}-pass-1`);
    await value(username, 'auth.login', { username, password: `${username}-pass-1` });
  }
  office.receive(today(), office.donorA.id, [{ itemId: office.quilt.id, lotNumber: 'Q', quantity: 100 }]);
  const { campaign } = await value<{ campaign: { id: string } }>('keeper', 'stock.campaigns.create', {
    name: '冬季送温暖',
    date: today(),
    warehouseId: office.warehouse.id,
    items: [{ itemId: office.quilt.id, quantityPerHousehold: 1 }],
  });
  await value('keeper', 'stock.campaigns.addHouseholds', {
    campaignId: campaign.id,
    personIds: people.slice(0, 60).map((p) => p.id),
  });
  await value('head', 'stock.campaigns.post', { id: campaign.id });
  const rows = async (user: string, query: Record<string, unknown> = {}) =>
    (await value<{ rows: Row[] }>(user, 'people.list', { offset: 0, limit: 1000, ...query })).rows;
  return { ...office, people, call, value, rows, campaignId: campaign.id };
}

type Office = Awaited<ReturnType<typeof rosterOffice>>;

/** The masked export as person objects: header -> cell, the ID column under `idNumber`. */
async function exportedPeople(
  office: Office,
  user: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const file = await office.value<{ contentBase64: string }>(user, 'people.export', { revealIds: false, ...input });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const keys: Record<string, string> = { 身份证号码: 'idNumber', 手机号码: 'mobile', 固定电话: 'phone' };
  const headers = (sheet.getRow(1).values as unknown[]).map((h) => keys[String(h)] ?? String(h));
  const objects: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1)
      objects.push(
        Object.fromEntries(
          (row.values as unknown[]).map((v, i) => [headers[i], v]).filter(([key]) => key !== 'undefined'),
        ),
      );
  });
  return objects;
}

/** Every answer a user can get about people: grid pages (any sort), single rows, exports, campaign lists, the sign-off sheet. */
async function everythingSeen(office: Office, user: string, canChoose: boolean): Promise<unknown[]> {
  const seen: unknown[] = [];
  for (const sort of [[], [{ column: 'birthDate', direction: 'asc' }], [{ column: 'birthDate', direction: 'desc' }]]) {
    seen.push(await office.rows(user, { sort, includeVoided: true }));
  }
  for (const person of office.people.slice(0, 30)) {
    seen.push(await office.value(user, 'people.get', { id: person.id }));
    seen.push(await office.rows(user, { search: person.idNumber.slice(-4) }));
  }
  seen.push(
    await exportedPeople(office, user, {}),
    await exportedPeople(office, user, { sort: [{ column: 'birthDate', direction: 'asc' }] }),
  );
  seen.push(await office.value(user, 'stock.campaigns.get', { id: office.campaignId }));
  seen.push(await office.value(user, 'stock.campaigns.signOff', { id: office.campaignId }));
  if (canChoose) seen.push(await office.value(user, 'stock.campaigns.candidates', { campaignId: office.campaignId }));
  return seen;
}

/** The fewest candidates any person object in the answers leaves, and how many person objects there were. */
function fewestCandidates(seen: unknown[]): { fewest: number; objects: number } {
  const objects = seen.flatMap((answer) => personObjects(answer));
  const fewest = Math.min(...objects.map((person) => narrow(maskCandidates(maskOf(person)), cluesOf(person)).length));
  return { fewest, objects: objects.length };
}

describe('masked ID numbers cannot be rebuilt', () => {
  it('from the mask and anything shown beside it, for every reader role without the reveal permission', async () => {
    const office = await rosterOffice();
    for (const user of READERS_WITHOUT_REVEAL) {
      const seen = await everythingSeen(office, user, user === 'keeper');
      const { fewest, objects } = fewestCandidates(seen);
      expect(objects, user).toBeGreaterThan(1000);
      expect(fewest, user).toBeGreaterThan(1000);
      expect(JSON.stringify(seen), user).not.toMatch(/出生|birth_date|"birthDate":"/);
      const shown = await office.rows(user);
      expect(
        shown.every((row) => (row as unknown as { birthDate: unknown }).birthDate === null),
        user,
      ).toBe(true);
    }
    // The clerk who may reveal sees birth dates in the grid: there the same attack pins every person down.
    expect(fewestCandidates([await office.rows('clerk')]).fewest).toBe(1);
  }, 180_000);

  it("from a clerk's masked export: no birth-date column, no birth-date order", async () => {
    const office = await rosterOffice();
    const masked = await exportedPeople(office, 'clerk', { sort: [{ column: 'birthDate', direction: 'asc' }] });
    expect(Object.keys(masked[0]!)).not.toContain('出生日期');
    expect(fewestCandidates([masked]).fewest).toBeGreaterThan(1000);
    const byName = await exportedPeople(office, 'clerk', {});
    expect(masked.map((p) => p['idNumber'])).toEqual(byName.map((p) => p['idNumber']));
    const revealed = await office.value<{ contentBase64: string }>('clerk', 'people.export', { revealIds: true });
    expect(revealed.contentBase64.length).toBeGreaterThan(0);
  });

  it('from the row order: a sort by birth date is not honoured for roles without the reveal permission', async () => {
    const office = await rosterOffice();
    const byName = (await office.rows('clerk')).map((r) => r.id);
    const byBirth = (await office.rows('clerk', { sort: [{ column: 'birthDate', direction: 'asc' }] })).map(
      (r) => r.id,
    );
    expect(byBirth).not.toEqual(byName);
    for (const user of READERS_WITHOUT_REVEAL) {
      expect(
        (await office.rows(user, { sort: [{ column: 'birthDate', direction: 'asc' }] })).map((r) => r.id),
        user,
      ).toEqual(byName);
    }
  });

  it('from searches reaching into the hidden digits (a longer tail, the area code and birth digits)', async () => {
    const office = await rosterOffice();
    const targets = office.people.slice(0, 8);
    const found = async (user: string, search: string, id: string) =>
      (await office.rows(user, { search })).some((r) => r.id === id);
    for (const person of targets) {
      const probes = [
        ...[5, 6, 8, 10, 12, 14, 17].map((k) => person.idNumber.slice(-k)),
        ...[7, 8, 10, 12, 14, 16, 17].map((k) => person.idNumber.slice(0, k)),
      ].filter((probe) => !person.mobile?.startsWith(probe));
      for (const user of READERS_WITHOUT_REVEAL) {
        for (const probe of probes) expect(await found(user, probe, person.id), `${user} ${probe}`).toBe(false);
        // What the mask shows still finds the person: the 4-character tail and the whole number.
        expect(await found(user, person.idNumber.slice(-4), person.id)).toBe(true);
      }
      // For a clerk a longer tail is an ordinary search (they may reveal the number anyway).
      expect(await found('clerk', person.idNumber.slice(-8), person.id)).toBe(true);
    }
    const whole = await office.rows('viewer', { search: targets[0]!.idNumber });
    expect(whole).toMatchObject([{ id: targets[0]!.id, idMasked: true, birthDate: null }]);
    expect(whole[0]!.idNumber).not.toBe(targets[0]!.idNumber);
  });

  it('from full-number guesses: after 20 misses in an hour full-ID lookups are refused, in the grid, the export and the campaign chooser', async () => {
    const office = await rosterOffice();
    const target = office.people[0]!;
    const wrong = maskCandidates(`${target.idNumber.slice(0, 6)}********${target.idNumber.slice(-4)}`).filter(
      (id) => id !== target.idNumber,
    );
    expect(wrong.length).toBeGreaterThan(1000);

    for (const guess of wrong.slice(0, MAX_MISSES)) expect(await office.rows('viewer', { search: guess })).toEqual([]);
    const refused = { ok: false, error: { code: 'FULL_ID_LOOKUP_LIMIT' } };
    expect(
      await office.call('viewer', 'people.list', { search: wrong[MAX_MISSES], offset: 0, limit: 10 }),
    ).toMatchObject(refused);
    expect(await office.call('viewer', 'people.list', { search: target.idNumber, offset: 0, limit: 10 })).toMatchObject(
      refused,
    );
    expect(await office.call('viewer', 'people.export', { search: target.idNumber, revealIds: false })).toMatchObject(
      refused,
    );
    // Searches by what the mask shows go on; the counter is the viewer's alone.
    expect((await office.rows('viewer', { search: target.idNumber.slice(-4) })).some((r) => r.id === target.id)).toBe(
      true,
    );
    expect(await office.rows('approver', { search: target.idNumber })).toMatchObject([{ id: target.id }]);

    // A keeper pasting guesses into the campaign chooser is stopped the same way, and then in the grid too.
    const pasted = wrong.slice(100, 100 + MAX_MISSES + 5).join('\n');
    expect(
      await office.call('keeper', 'stock.campaigns.candidates', { campaignId: office.campaignId, idNumbers: pasted }),
    ).toMatchObject(refused);
    expect(await office.call('keeper', 'people.list', { search: target.idNumber, offset: 0, limit: 10 })).toMatchObject(
      refused,
    );
    // Misses are only full, checksum-valid numbers that match no one: real households pasted by a keeper never count.
    const real = office.people
      .slice(100, 140)
      .map((p) => p.idNumber)
      .join('\n');
    expect(await office.call('approver', 'people.list', { search: '123', offset: 0, limit: 10 })).toMatchObject({
      ok: true,
    });
    const head = await office.value<{ candidates: unknown[] }>('head', 'stock.campaigns.candidates', {
      campaignId: office.campaignId,
      idNumbers: real,
    });
    expect(head.candidates).toHaveLength(40);
    // A clerk, who may reveal the number anyway, is not limited.
    for (const guess of wrong.slice(200, 200 + MAX_MISSES + 5))
      expect(await office.rows('clerk', { search: guess })).toEqual([]);
  });

  it('the lookup limit lifts an hour after the misses', () => {
    const { as, store } = officeBackend();
    const person = createPerson(as(['clerk']), { name: '张三', idNumber: '321302199001011234' }).person;
    let now = Date.parse('2026-03-01T08:00:00Z');
    const viewer = { ...as(['viewer'], 'people.list'), now: () => new Date(now) };
    const wrong = maskCandidates('321302********1234').filter((id) => id !== '321302199001011234');
    for (const guess of wrong.slice(0, MAX_MISSES))
      expect(listPeople(viewer, { search: guess, offset: 0, limit: 5 }).total).toBe(0);
    const refusal = () => {
      try {
        listPeople(viewer, { search: '321302199001011234', offset: 0, limit: 5 });
        return null;
      } catch (error) {
        return error;
      }
    };
    expect(refusal()).toMatchObject({ code: 'FULL_ID_LOOKUP_LIMIT', details: { until: '2026-03-01T09:00:00.000Z' } });
    now += 59 * 60_000;
    expect(refusal()).toMatchObject({ code: 'FULL_ID_LOOKUP_LIMIT' });
    now += 60_000;
    expect(listPeople(viewer, { search: '321302199001011234', offset: 0, limit: 5 }).rows).toMatchObject([
      { id: person.id, birthDate: null },
    ]);
    expect(store.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(1);
  });
});

describe('ID_DUPLICATE names no one to a role that cannot see them', () => {
  it('readers without the reveal permission cannot add or import people at all; the core answers them without a name', async () => {
    const office = await rosterOffice();
    const person = office.people[0]!;
    for (const user of READERS_WITHOUT_REVEAL) {
      expect(
        await office.call(user, 'people.create', { person: { name: '冒名', idNumber: person.idNumber } }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await office.call(user, 'people.importStart', { fileName: 'x.csv', contentBase64: '' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    const duplicate = (roles: Role[]) => {
      try {
        createPerson(office.as(roles, 'people.create'), { name: '冒名', idNumber: person.idNumber });
      } catch (error) {
        return error as { code: string; details?: unknown };
      }
      throw new Error('no ID_DUPLICATE');
    };
    expect(duplicate(['viewer'])).toMatchObject({ code: 'ID_DUPLICATE', details: undefined });
    expect(JSON.stringify(duplicate(['warehouse']))).not.toContain(person.name);
    expect(duplicate(['clerk'])).toMatchObject({ code: 'ID_DUPLICATE', details: { existingName: person.name } });
  });
});
