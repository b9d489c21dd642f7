// The city's volunteer roster filters a county's records by that county's teams and skills: the list of groups is
// read for the county the city names, and a county may not read another office's.
import { describe, expect, it } from 'vitest';
import { importPackage } from '@core/exchange/inbox';
import type { VolunteerGroupRow } from '@core/volunteers/roster/contract';
import { CITY, cityWith, COUNTY, exportTo, OTHER_COUNTY } from '../exchange/exchange-apply-support';

type Call = (method: string, input: unknown) => Promise<unknown>;
const value = async <T>(call: Call, method: string, input: unknown): Promise<T> => {
  const result = (await call(method, input)) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
};

describe("a county's volunteer teams and skills at the city", () => {
  it('are read at the city for the county it names, and not by another county', async () => {
    const {
      city,
      counties: [county, other],
    } = cityWith(COUNTY, OTHER_COUNTY);
    const clerk = await county!.caller!(['clerk']);
    await value(clerk, 'volunteers.groups.create', { kind: 'team', name: '应急救护队' });
    await value(clerk, 'volunteers.groups.create', { kind: 'skill', name: '心理疏导' });
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });

    const viewer = await city.caller!(['viewer']);
    const names = async (kind: string, input: object) =>
      (await value<VolunteerGroupRow[]>(viewer, 'volunteers.groups.list', { kind, ...input })).map((g) => g.name);
    expect(await names('team', { officeCode: COUNTY })).toEqual(['应急救护队']);
    expect(await names('skill', { officeCode: COUNTY })).toEqual(['心理疏导']);
    expect(await names('team', {})).toEqual([]);

    const theirs = await other!.caller!(['viewer']);
    expect(await theirs('volunteers.groups.list', { kind: 'team', officeCode: COUNTY })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
