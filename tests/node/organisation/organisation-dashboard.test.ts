// The organisation dashboard (组织概览) through the router, on the first morning of 2027 in China: volunteers on the
// roster and registered this year (31 December is last year), approved hours of the year by month (pending,
// rejected, voided and last year's not counted), hours waiting for approval of any date, members by kind, lapsed
// and about to lapse - each figure the total of the list it opens. Everyone who reads the rosters reads it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemberRow, MemberStats } from '@core/members/roster/contract';
import type { OrganisationDashboard } from '@core/organisation/contract';
import type { VolunteerPage, VolunteerRow } from '@core/volunteers/roster/contract';
import type { ServiceEntryResult, ServicePage } from '@core/volunteers/service/contract';
import { memberOffice } from '../members/member-support';
import { valueOf } from '../volunteers/volunteer-support';

afterEach(() => {
  vi.useRealTimers();
});

/** China time 00:10 on 1 January 2027, and 23:50 on the evening before. */
const FIRST_MORNING_2027 = new Date('2026-12-31T16:10:00Z');
const LAST_EVENING_2026 = new Date('2026-12-31T15:50:00Z');

type Office = Awaited<ReturnType<typeof memberOffice>>;

async function registerOn(office: Office, personId: string, registrationDate: string) {
  return valueOf(await office.call<VolunteerRow>('clerk', 'volunteers.create', { personId, registrationDate }));
}

async function enter(office: Office, volunteerIds: string[], date: string, hours: number) {
  const entered = valueOf(
    await office.call<ServiceEntryResult>('clerk', 'volunteers.service.enter', {
      activity: { name: `服务${date}-${hours}`, date },
      volunteerIds,
      duration: { hours },
    }),
  );
  return entered.recordIds;
}

const decide = async (office: Office, ids: string[], decision: 'approve' | 'reject') =>
  valueOf(await office.call('head', 'volunteers.service.decide', { ids, decision, reason: '时长不实' }));

/** Volunteers either side of the year's first day, with service of last year and this one in every state. */
async function seedVolunteers(office: Office) {
  const ids = office.people.map((p) => p.id);
  const lastDay = await registerOn(office, ids[0]!, '2026-12-31');
  const firstDay = await registerOn(office, ids[1]!, '2027-01-01');
  const suspended = await registerOn(office, ids[2]!, '2027-01-01');
  valueOf(
    await office.call('clerk', 'volunteers.update', {
      id: suspended.id,
      rowVersion: suspended.rowVersion,
      patch: { status: 'suspended', statusReason: '外出务工' },
    }),
  );
  const voided = await registerOn(office, ids[3]!, '2027-01-01');
  valueOf(await office.call('clerk', 'volunteers.void', { id: voided.id, reason: '重复登记' }));
  const longServing = await registerOn(office, ids[4]!, '2024-03-01');

  await decide(office, await enter(office, [lastDay.id], '2026-12-31', 3), 'approve');
  await decide(office, await enter(office, [lastDay.id, firstDay.id], '2027-01-01', 2), 'approve');
  const voidedHours = await enter(office, [firstDay.id], '2027-01-01', 5);
  await decide(office, voidedHours, 'approve');
  valueOf(await office.call('clerk', 'volunteers.service.void', { ids: voidedHours, reason: '录错了活动' }));
  await decide(office, await enter(office, [longServing.id], '2027-01-01', 2), 'reject');
  await enter(office, [longServing.id], '2027-01-01', 1.5);
  await enter(office, [lastDay.id], '2026-12-30', 1);
}

/** Six members (three individual, two youth, a unit) and one withdrawn; dues as of 2027. */
async function seedMembers(office: Office) {
  const ids = office.people.map((p) => p.id);
  const [paidUp, lapsed, dueSoon, withdrawn] = await office.enrol(ids.slice(5, 9));
  await office.enrol(ids.slice(9, 11), { kind: 'youth', school: '实验小学', className: '三(2)班' });
  const unit = valueOf(
    await office.call<MemberRow>('clerk', 'members.create', {
      kind: 'group',
      unitName: '宿城区第一中学',
      headcount: 120,
      joinDate: '2022-03-01',
    }),
  );
  const pay = async (memberId: string, year: number, amountFen = 1_000) =>
    valueOf(await office.call('clerk', 'members.dues.collect', { memberId, year, amountFen, paidDate: '2027-01-01' }));
  await pay(paidUp!.id, 2025);
  await pay(paidUp!.id, 2026);
  await pay(dueSoon!.id, 2025);
  await pay(unit.id, 2026, 30_000);
  valueOf(
    await office.call('clerk', 'members.setStatus', {
      id: withdrawn!.id,
      rowVersion: withdrawn!.rowVersion,
      status: 'withdrawn',
      date: '2027-01-01',
      reason: '本人申请退会',
    }),
  );
  return { lapsed: lapsed!, dueSoon: dueSoon! };
}

const dashboard = async (office: Office, user = 'viewer', input: Record<string, unknown> = {}) =>
  valueOf(await office.call<OrganisationDashboard>(user, 'organisation.dashboard', input));

describe('the organisation dashboard', () => {
  it('counts this year from 1 January: approved hours only, pending of any date, each figure its list’s total', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FIRST_MORNING_2027);
    const office = await memberOffice(12);
    await seedVolunteers(office);
    await seedMembers(office);

    const figures = await dashboard(office);
    expect(figures).toEqual({
      officeCode: '321302',
      year: 2027,
      volunteers: { active: 3, registeredThisYear: 2 },
      approvedHalfHours: 8,
      approvedByMonth: [8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      pending: { records: 2, halfHours: 5 },
      members: {
        members: 6,
        byKind: { individual: 3, youth: 2, group: 1 },
        lapsed: 1,
        aboutToLapse: 1,
      },
    });

    const rosterTotal = async (query: Record<string, unknown>) =>
      valueOf(await office.call<VolunteerPage>('viewer', 'volunteers.list', { offset: 0, limit: 1, ...query })).total;
    expect(await rosterTotal({ status: 'active' })).toBe(figures.volunteers.active);
    expect(await rosterTotal({ registeredFrom: '2027-01-01', registeredTo: '2027-12-31' })).toBe(
      figures.volunteers.registeredThisYear,
    );
    const approval = valueOf(
      await office.call<ServicePage>('viewer', 'volunteers.service.list', { status: 'pending', offset: 0, limit: 50 }),
    );
    expect({ records: approval.total, halfHours: approval.halfHours }).toEqual(figures.pending);
    const stats = valueOf(await office.call<MemberStats>('viewer', 'members.stats', {}));
    expect(figures.members).toMatchObject(stats);
    const toCall = valueOf(await office.call<unknown[]>('viewer', 'members.dues.toCall', {}));
    expect(toCall).toHaveLength(figures.members.aboutToLapse);

    vi.setSystemTime(LAST_EVENING_2026);
    const lastYear = await dashboard(office);
    expect(lastYear).toMatchObject({
      year: 2026,
      volunteers: { registeredThisYear: 1 },
      approvedHalfHours: 6,
      pending: { records: 2, halfHours: 5 },
    });
    expect(lastYear.approvedByMonth[11]).toBe(6);
  });

  it('is read by everyone who reads the rosters, for the own office only', async () => {
    const office = await memberOffice(1);
    for (const user of ['clerk', 'head', 'viewer']) expect((await dashboard(office, user)).year).toBeGreaterThan(2025);
    expect(await office.call('keeper', 'organisation.dashboard', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await office.call('viewer', 'organisation.dashboard', { officeCode: '321311' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
