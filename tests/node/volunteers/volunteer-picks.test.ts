// The hours-entry screen's reads: pasted lines name volunteers by number (short or full) or ID number, a line naming
// nobody is listed back; the check names the volunteers an entry would refuse (a day past 24 hours, off the roster).
import { describe, expect, it } from 'vitest';
import type { EntryRefusal, VolunteerPicks } from '@core/volunteers/service/contract';
import { addDays } from '@rules/dates';
import { valueOf, volunteerOffice } from './volunteer-support';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('hours entry reads', () => {
  it('finds volunteers by pasted numbers and ID numbers; refuses a day past 24 hours by name', async () => {
    const office = await volunteerOffice(4);
    const [a, b, c, d] = await office.register(office.people.map((p) => p.id));
    const idOf = office.people.find((p) => p.id === c!.personId)!.idNumber;
    const lines = `${a!.number}\n${b!.number.slice(6).toLowerCase()}, ${idOf}\nV999999\n3213021990`;
    const picks = valueOf(await office.call<VolunteerPicks>('clerk', 'volunteers.service.picks', { lines }));
    expect(picks.found.map((p) => p.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(picks.found[2]!.idNumber).not.toBe(idOf);
    expect(picks.unmatched).toEqual([
      { line: 3, text: 'V999999', code: 'VOLUNTEER_UNKNOWN' },
      { line: 4, text: '3213021990', code: expect.stringMatching(/^ID_/) },
    ]);
    expect(await office.call('viewer', 'volunteers.service.picks', { lines })).toMatchObject({ ok: false });

    const date = addDays(today(), -1);
    valueOf(
      await office.call('clerk', 'volunteers.service.enter', {
        activity: { name: '夜间值守', date },
        volunteerIds: [a!.id],
        duration: { hours: 20 },
      }),
    );
    valueOf(
      await office.call('clerk', 'volunteers.update', {
        id: d!.id,
        rowVersion: d!.rowVersion,
        patch: { status: 'suspended', statusReason: '外出务工' },
      }),
    );
    const refusals = valueOf(
      await office.call<EntryRefusal[]>('clerk', 'volunteers.service.check', {
        date,
        volunteerIds: [a!.id, b!.id, d!.id],
        duration: { hours: 5 },
      }),
    );
    expect(refusals).toEqual([
      { volunteerId: d!.id, name: d!.name, code: 'SERVICE_VOLUNTEER_NOT_ACTIVE', date: null },
      { volunteerId: a!.id, name: a!.name, code: 'SERVICE_DAY_OVER_24', date },
    ]);
  });
});
