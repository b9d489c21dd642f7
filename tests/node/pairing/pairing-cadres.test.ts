// Cadres and pairings through the router: a cadre is a person of the registry with unit and level; pairing a
// household and changing its cadre keeps the history (the first pairing ends the day the second begins); a pairing
// ends with its reason; the grids search by the cadre or the head with masked ID numbers; a cadre still paired
// cannot be voided; the viewer reads but does not write.
import { describe, expect, it } from 'vitest';
import type { CadrePage } from '@core/pairing/cadres/contract';
import type { PairingPage, PairingRow } from '@core/pairing/pairings/contract';
import { maskIdNumber } from '@rules/idNumber';
import { valueOf } from '../volunteers/volunteer-support';
import { pairingOffice } from './pairing-support';

describe('cadres and pairings', () => {
  it('keeps the cadre history when a household changes cadre, and ends a pairing with its reason', async () => {
    const office = await pairingOffice(6);
    const [head, first, second] = office.people;
    const household = await office.household(head!.id);
    const li = await office.cadre(first!.id, { phone: '0527-84211234', level: 'city', unit: '宿迁市财政局' });
    const wang = await office.cadre(second!.id);
    expect(li).toMatchObject({ name: first!.name, unit: '宿迁市财政局', level: 'city', phone: '0527-84211234' });
    expect(li.idNumber).toBe(maskIdNumber(first!.idNumber));
    // Without a phone of their own, the cadre's mobile.
    expect(wang.phone).toBe(second!.mobile);

    await office.assign(household.id, li.id, '2023-03-01');
    const again = await office.call('clerk', 'pairing.pairings.assign', {
      householdId: household.id,
      cadreId: li.id,
      fromDate: '2024-01-01',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'PAIRING_EXISTS' } });
    const early = await office.call('clerk', 'pairing.pairings.assign', {
      householdId: household.id,
      cadreId: wang.id,
      fromDate: '2023-02-01',
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'PAIRING_DATE_BEFORE_CURRENT' } });
    const changed = await office.assign(household.id, wang.id, '2024-09-15', '原帮扶干部调离');
    expect(changed).toMatchObject({ cadreName: second!.name, fromDate: '2024-09-15', toDate: null });

    const history = async () =>
      valueOf(
        await office.call<PairingPage>('viewer', 'pairing.pairings.list', {
          householdId: household.id,
          includeEnded: true,
          sort: [{ column: 'fromDate', direction: 'asc' }],
          offset: 0,
          limit: 10,
        }),
      ).rows.map((p) => [p.cadreName, p.fromDate, p.toDate, p.endReason]);
    expect(await history()).toEqual([
      [first!.name, '2023-03-01', '2024-09-15', '原帮扶干部调离'],
      [second!.name, '2024-09-15', null, null],
    ]);
    // Only the pairing holding now in the default grid.
    const now = valueOf(await office.call<PairingPage>('viewer', 'pairing.pairings.list', { offset: 0, limit: 10 }));
    expect(now.rows.map((p) => p.cadreName)).toEqual([second!.name]);
    expect(now.rows[0]!.headIdNumber).toBe(maskIdNumber(head!.idNumber));

    const ended = valueOf(
      await office.call<PairingRow>('clerk', 'pairing.pairings.end', {
        id: changed.id,
        rowVersion: changed.rowVersion,
        date: '2025-01-10',
        reason: '已稳定脱贫',
      }),
    );
    expect(ended).toMatchObject({ toDate: '2025-01-10', endReason: '已稳定脱贫' });
    expect((await history()).at(-1)).toEqual([second!.name, '2024-09-15', '2025-01-10', '已稳定脱贫']);

    // The viewer reads, never writes.
    const refused = await office.call('viewer', 'pairing.pairings.assign', {
      householdId: household.id,
      cadreId: li.id,
      fromDate: '2025-02-01',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lists cadres by search and load, refuses a second record of a cadre and a void while paired', async () => {
    const office = await pairingOffice(8);
    const [a, b, c, d] = office.people;
    const zhou = await office.cadre(a!.id, { unit: '宿城区教育局', level: 'county' });
    await office.cadre(b!.id, { unit: '蔡集镇人民政府', level: 'township' });
    const twice = await office.call('clerk', 'pairing.cadres.create', { personId: a!.id, unit: '别处', level: 'city' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CADRE_EXISTS' } });
    const noUnit = await office.call('clerk', 'pairing.cadres.create', { personId: c!.id, unit: ' ', level: 'city' });
    expect(noUnit).toMatchObject({ ok: false, error: { code: 'CADRE_UNIT_REQUIRED' } });

    const page = async (query: Record<string, unknown>) =>
      valueOf(await office.call<CadrePage>('viewer', 'pairing.cadres.list', { offset: 0, limit: 50, ...query }));
    expect((await page({ search: '教育局' })).rows.map((r) => r.name)).toEqual([a!.name]);
    expect((await page({ search: a!.name })).rows.map((r) => r.id)).toEqual([zhou.id]);
    expect((await page({ search: a!.idNumber.slice(-4) })).rows.map((r) => r.id)).toContain(zhou.id);
    expect((await page({ level: 'township' })).rows.map((r) => r.name)).toEqual([b!.name]);

    await valueOf(await office.call('clerk', 'pairing.settings.set', { overdueMonths: 6, cadreMaxHouseholds: 1 }));
    for (const head of [c!, d!]) await office.assign((await office.household(head.id)).id, zhou.id, '2024-01-01');
    const loaded = await page({ overloaded: true });
    expect(loaded.rows.map((r) => [r.name, r.households, r.overloaded])).toEqual([[a!.name, 2, true]]);
    const voided = await office.call('clerk', 'pairing.cadres.void', { id: zhou.id, reason: '录错' });
    expect(voided).toMatchObject({ ok: false, error: { code: 'CADRE_HAS_HOUSEHOLDS', details: { count: 2 } } });
  });
});
