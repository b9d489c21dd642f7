// Service hours through the router: a clerk enters one activity's hours for 40 volunteers in one call (a few with
// their own hours), only an approver approves, only approved hours count toward totals, stars and milestones;
// a volunteer's day never passes 24 hours (an overnight activity counts on both days); a late entry needs a reason.
import { describe, expect, it } from 'vitest';
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import type { MilestoneRow, ServiceEntryResult, ServicePage, VolunteerStats } from '@core/volunteers/service/contract';
import { addDays } from '@rules/dates';
import { valueOf, volunteerOffice } from './volunteer-support';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const activity = (date: string, name = '敬老院义诊') => ({
  name,
  organiser: '宿城区红十字会',
  place: '项里社区',
  date,
});

describe('service hours', () => {
  it('takes 40 volunteers in one call; only an approver approves; only approved hours count', async () => {
    const office = await volunteerOffice(40);
    const volunteers = await office.register(office.people.map((p) => p.id));
    const ids = volunteers.map((v) => v.id);
    const date = addDays(today(), -2);
    const entry = {
      activity: activity(date),
      volunteerIds: ids,
      duration: { startTime: '08:30', endTime: '11:45' },
      overrides: [
        { volunteerId: ids[0], hours: 2 },
        { volunteerId: ids[1], startTime: '08:30', endTime: '10:00' },
      ],
    };
    expect(await office.call('head', 'volunteers.service.enter', entry)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const entered = valueOf(await office.call<ServiceEntryResult>('clerk', 'volunteers.service.enter', entry));
    // 3 h 15 min is 6 half hours; 38 of them, 4 for the first, 3 for the second.
    expect(entered).toMatchObject({ created: 40, halfHours: 38 * 6 + 4 + 3, backfill: false });
    expect(entered.activity).toMatchObject({
      name: '敬老院义诊',
      date,
      startTime: '08:30',
      endTime: '11:45',
      records: 40,
    });

    const pending = valueOf(
      await office.call<ServicePage>('head', 'volunteers.service.list', { status: 'pending', offset: 0, limit: 100 }),
    );
    expect(pending).toMatchObject({ total: 40, halfHours: 235 });
    expect(pending.rows[0]).toMatchObject({ activityName: '敬老院义诊', createdBy: 'clerk', status: 'pending' });

    const stats = async () => valueOf(await office.call<VolunteerStats>('viewer', 'volunteers.stats', {}));
    expect(await stats()).toMatchObject({ volunteers: 40, approvedHalfHours: 0, byStar: { 0: 40 } });
    const firstTwo = pending.rows.filter((r) => r.volunteerId === ids[0] || r.volunteerId === ids[1]).map((r) => r.id);
    const rest = pending.rows.filter((r) => !firstTwo.includes(r.id)).map((r) => r.id);
    for (const user of ['clerk', 'viewer'])
      expect(await office.call(user, 'volunteers.service.decide', { ids: rest, decision: 'approve' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    expect(await office.call('head', 'volunteers.service.decide', { ids: firstTwo, decision: 'reject' })).toMatchObject(
      { ok: false, error: { code: 'SERVICE_REJECT_REASON_REQUIRED' } },
    );
    valueOf(
      await office.call('head', 'volunteers.service.decide', { ids: firstTwo, decision: 'reject', reason: '未到场' }),
    );
    expect(valueOf(await office.call('head', 'volunteers.service.decide', { ids: rest, decision: 'approve' }))).toEqual(
      {
        decided: 38,
        status: 'approved',
      },
    );
    expect(
      await office.call('head', 'volunteers.service.decide', {
        ids: rest.slice(0, 3),
        decision: 'reject',
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'SERVICE_RECORD_NOT_PENDING', details: { count: 3 } } });

    expect(await stats()).toMatchObject({ volunteers: 40, approvedHalfHours: 38 * 6 });
    const rejected = valueOf(await office.call<VolunteerRow>('viewer', 'volunteers.get', { id: ids[0] }));
    expect(rejected).toMatchObject({ approvedHalfHours: 0, pendingHalfHours: 0 });
    const approved = valueOf(await office.call<VolunteerRow>('viewer', 'volunteers.get', { id: ids[5] }));
    expect(approved).toMatchObject({
      approvedHalfHours: 6,
      approvedHalfHoursThisYear: date.startsWith(today().slice(0, 4)) ? 6 : 0,
    });
    const decided = valueOf(
      await office.call<ServicePage>('viewer', 'volunteers.service.list', { volunteerId: ids[0], offset: 0, limit: 5 }),
    );
    expect(decided.rows[0]).toMatchObject({ status: 'rejected', decidedBy: 'head', rejectReason: '未到场' });
  });

  it("never lets a volunteer's day pass 24 hours; an overnight activity counts on each of its days", async () => {
    const office = await volunteerOffice(2);
    const [v] = await office.register([office.people[0]!.id]);
    const day = addDays(today(), -3);
    const enter = (date: string, duration: Record<string, unknown>, name = '防汛值守') =>
      office.call<ServiceEntryResult>('clerk', 'volunteers.service.enter', {
        activity: activity(date, name),
        volunteerIds: [v!.id],
        duration,
      });
    expect(valueOf(await enter(day, { startTime: '20:00', endTime: '06:00', endsNextDay: true }))).toMatchObject({
      halfHours: 20,
    });
    expect(await enter(day, { startTime: '20:00', endTime: '06:00' })).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_END_BEFORE_START' },
    });
    // The next day already holds the 6 hours after midnight: 18 more fit, 18.5 do not.
    const next = addDays(day, 1);
    expect(await enter(next, { hours: 18.5 })).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_DAY_OVER_24', details: { date: next } },
    });
    valueOf(await enter(next, { hours: 18 }));
    // The first day: 4 hours before midnight and 20 more make exactly 24.
    expect(valueOf(await enter(day, { startTime: '00:00', endTime: '20:00' }))).toMatchObject({ halfHours: 40 });
    expect(await enter(day, { hours: 0.5 })).toMatchObject({ ok: false, error: { code: 'SERVICE_DAY_OVER_24' } });
    expect(await enter(addDays(today(), 1), { hours: 2 })).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_DATE_FUTURE' },
    });
  });

  it('marks a late entry a back-fill that needs a reason; stars and milestones follow approved hours only', async () => {
    const office = await volunteerOffice(3);
    const [a, b] = await office.register([office.people[0]!.id, office.people[1]!.id]);
    const enter = (date: string, hours: number, volunteerIds = [a!.id, b!.id], backfillReason?: string) =>
      office.call<ServiceEntryResult>('clerk', 'volunteers.service.enter', {
        activity: activity(date, `活动${date}`),
        volunteerIds,
        duration: { hours },
        backfillReason,
      });
    expect(await enter('2024-05-01', 20)).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_BACKFILL_REASON_REQUIRED' },
    });
    const dates = ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2025-03-01', '2025-03-02'];
    for (const date of dates) {
      const entered = valueOf(await enter(date, date === '2024-05-04' ? 19.5 : 20, undefined, '纸质台账补录'));
      expect(entered.backfill).toBe(true);
      // a's hours are approved; b's stay pending.
      valueOf(
        await office.call('head', 'volunteers.service.decide', { ids: [entered.recordIds[0]], decision: 'approve' }),
      );
    }
    // a: 79.5 hours by the end of 2024, 119.5 by the end of 2025 - one star, reached in 2025.
    const stats = valueOf(await office.call<VolunteerStats>('viewer', 'volunteers.stats', { year: 2025 }));
    expect(stats).toMatchObject({ volunteers: 2, approvedHalfHours: 80, byStar: { 0: 1, 1: 1 } });
    const crossed = valueOf(await office.call<MilestoneRow[]>('viewer', 'volunteers.milestones', { year: 2025 }));
    expect(crossed).toEqual([
      { volunteerId: a!.id, number: a!.number, name: a!.name, starBefore: 0, star: 1, approvedHalfHours: 239 },
    ]);
    expect(valueOf(await office.call('viewer', 'volunteers.milestones', { year: 2024 }))).toEqual([]);
    expect(
      valueOf(await office.call('clerk', 'volunteers.settings.set', { starThresholds: [50, 100, 150, 200, 250] })),
    ).toEqual({ starThresholds: [50, 100, 150, 200, 250] });
    expect(
      await office.call('clerk', 'volunteers.settings.set', { starThresholds: [50, 40, 150, 200, 250] }),
    ).toMatchObject({ ok: false, error: { code: 'VOLUNTEER_STAR_THRESHOLDS_INVALID' } });
    const now = valueOf(await office.call<VolunteerStats>('viewer', 'volunteers.stats', {}));
    expect(now).toMatchObject({ approvedHalfHours: 239, byStar: { 0: 1, 2: 1 } });
    const milestones2024 = valueOf(
      await office.call<MilestoneRow[]>('viewer', 'volunteers.milestones', { year: 2024 }),
    );
    expect(milestones2024).toMatchObject([{ volunteerId: a!.id, starBefore: 0, star: 1 }]);
  });
});
