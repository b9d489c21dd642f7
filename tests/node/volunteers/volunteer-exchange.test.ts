// Volunteers travel up with the registry: a county's volunteer, team, activity, approved service record and proof
// arrive in the city under that county, where the roster reads them; a volunteer who is another county's person
// is refused like any foreign reference.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importPackage } from '@core/exchange/inbox';
import { exchangeTables } from '@core/exchange/tables';
import type { ExchangeRecord } from '@core/exchange/types';
import type { VolunteerGroupRow, VolunteerPage, VolunteerRow } from '@core/volunteers/roster/contract';
import type { ServiceEntryResult, VolunteerStats } from '@core/volunteers/service/contract';
import { addDays } from '@rules/dates';
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

/** A volunteer in a team with 3 approved hours of one activity, and a proof of them. */
async function volunteerWithHours(county: Office, personId: string) {
  const clerk = await county.caller!(['clerk']);
  const head = await county.caller!(['approver']);
  const team = await value<VolunteerGroupRow>(clerk, 'volunteers.groups.create', { kind: 'team', name: '应急救护队' });
  const volunteer = await value<VolunteerRow>(clerk, 'volunteers.create', {
    personId,
    registrationDate: '2024-03-01',
    teamIds: [team.id],
  });
  const date = addDays(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10), -1);
  const entered = await value<ServiceEntryResult>(clerk, 'volunteers.service.enter', {
    activity: { name: '社区义诊', date },
    volunteerIds: [volunteer.id],
    duration: { hours: 3 },
  });
  await value(head, 'volunteers.service.decide', { ids: entered.recordIds, decision: 'approve' });
  await value(clerk, 'volunteers.proofs.issue', {
    volunteerId: volunteer.id,
    periodStart: date,
    periodEnd: date,
    personInCharge: '张会长',
    handler: '李文员',
  });
  return volunteer;
}

describe('volunteers in packages', () => {
  it('registers the volunteer tables after the people they point at, each after what it names', () => {
    const names = exchangeTables().map((t) => t.name);
    const order = ['people', 'volunteers', 'volunteer_groups', 'volunteer_group_members', 'volunteer_activities'];
    for (let n = 1; n < order.length; n++) expect(names.indexOf(order[n - 1]!)).toBeLessThan(names.indexOf(order[n]!));
    expect(names.indexOf('volunteer_activities')).toBeLessThan(names.indexOf('volunteer_service_records'));
    expect(names.indexOf('volunteers')).toBeLessThan(names.indexOf('volunteer_proofs'));
    expect(names).not.toContain('volunteer_sequences');
  });

  it("carries a county's volunteer, hours and proof to the city, where its roster reads them", async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const [personId] = addGenerated(county!, 1);
    const volunteer = await volunteerWithHours(county!, personId!);

    const outcome = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(outcome).toMatchObject({
      status: 'applied',
      summary: {
        volunteers: { new: 1 },
        volunteer_groups: { new: 1 },
        volunteer_group_members: { new: 1 },
        volunteer_activities: { new: 1 },
        volunteer_service_records: { new: 1 },
        volunteer_proofs: { new: 1 },
      },
    });
    const viewer = await city.caller!(['viewer']);
    const roster = await value<VolunteerPage>(viewer, 'volunteers.list', { officeCode: COUNTY, offset: 0, limit: 10 });
    expect(roster.rows).toMatchObject([
      {
        id: volunteer.id,
        number: volunteer.number,
        officeCode: COUNTY,
        teams: [{ name: '应急救护队' }],
        approvedHalfHours: 6,
      },
    ]);
    const stats = await value<VolunteerStats>(viewer, 'volunteers.stats', { officeCode: COUNTY });
    expect(stats).toMatchObject({ volunteers: 1, approvedHalfHours: 6 });
    const clerk = await city.caller!(['clerk']);
    expect(await clerk('volunteers.void', { id: volunteer.id, reason: '城市不能作废' })).toMatchObject({
      ok: false,
      error: { code: 'RECORD_READ_ONLY' },
    });
  });

  it("refuses a volunteer who is another county's person, and changes nothing", async () => {
    const {
      city,
      counties: [county, other],
    } = cityWith(COUNTY, OTHER_COUNTY);
    const [theirs] = addGenerated(other!, 1, 11);
    expect(await importPackage(city.ctx(), await exportTo(other!, CITY))).toMatchObject({ status: 'applied' });
    const [ours] = addGenerated(county!, 1);
    await volunteerWithHours(county!, ours!);
    expect(await importPackage(city.ctx(), await exportTo(county!, CITY))).toMatchObject({ status: 'applied' });

    const mine = tableRecordsOf(county!, 'volunteers')[0]!;
    const forged: ExchangeRecord = {
      ...mine,
      id: randomUUID(),
      rowVersion: 1,
      fields: { ...mine.fields, number: `${COUNTY}V000099`, person_id: theirs },
    };
    const { outcome, digestBefore, digestAfter } = await importCraftedNext(county!, city, [forged]);
    expect(outcome).toMatchObject({
      status: 'rejected',
      code: 'PKG_REFERENCE_FOREIGN',
      details: { table: 'volunteers', column: 'person_id', rule: 'foreign' },
    });
    expect(digestAfter).toBe(digestBefore);
  });
});
