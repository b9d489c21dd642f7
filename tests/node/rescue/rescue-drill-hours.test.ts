// Hours counted once: a volunteer present at a drill has ONE volunteer service record of the drill's hours (source
// drill; approved when the recorder may approve, else pending), which editing the drill updates and voiding the
// drill voids - never a second one; a member who is not a volunteer leaves the volunteer records untouched.
import { describe, expect, it } from 'vitest';
import type { DrillDetail } from '@core/rescue/contract';
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import type { ServicePage, VolunteerStats } from '@core/volunteers/service/contract';
import { addDays } from '@rules/dates';
import { valueOf } from '../volunteers/volunteer-support';
import { rescueOffice, today } from './rescue-support';

async function drillOffice() {
  const office = await rescueOffice(6);
  const [volunteerPerson, otherVolunteerPerson, plainPerson] = office.people;
  const [volunteer, otherVolunteer] = await office.register([volunteerPerson!.id, otherVolunteerPerson!.id]);
  const team = await office.team();
  const [member, otherMember, plainMember] = await office.join(
    team.id,
    [volunteerPerson, otherVolunteerPerson, plainPerson].map((p) => p!.id),
  );
  const records = async (volunteerId: string, includeVoided = false) =>
    valueOf(
      await office.call<ServicePage>('viewer', 'volunteers.service.list', {
        volunteerId,
        includeVoided,
        offset: 0,
        limit: 50,
      }),
    );
  const approvedHalfHours = async () =>
    valueOf(await office.call<VolunteerStats>('viewer', 'volunteers.stats', {})).approvedHalfHours;
  return {
    office,
    team,
    volunteer: volunteer!,
    otherVolunteer: otherVolunteer!,
    member,
    otherMember,
    plainMember,
    records,
    approvedHalfHours,
  };
}

const drill = (date: string, attendees: { teamMemberId: string; hours?: number }[]) => ({
  kind: 'drill' as const,
  date,
  place: '骆马湖北岸',
  content: '水上搜救演练',
  duration: { startTime: '08:30', endTime: '11:30' },
  attendees,
});

describe("a volunteer's drill hours", () => {
  it('are one service record, updated by an edit and voided with the drill', async () => {
    const o = await drillOffice();
    const date = addDays(today(), -3);
    const recorded = valueOf(
      await o.office.call<DrillDetail>('clerkhead', 'rescue.drills.record', {
        teamId: o.team.id,
        ...drill(date, [{ teamMemberId: o.member!.id }, { teamMemberId: o.plainMember!.id }]),
      }),
    );
    expect(recorded).toMatchObject({ halfHours: 6, attendees: 2, attendeeHalfHours: 12 });
    const mine = await o.records(o.volunteer.id);
    expect(mine).toMatchObject({ total: 1, halfHours: 6 });
    expect(mine.rows[0]).toMatchObject({
      activityName: '水上救援队演练',
      serviceDate: date,
      status: 'approved',
      source: 'drill',
      decidedBy: 'clerkhead',
    });
    expect(await o.approvedHalfHours()).toBe(6);
    const volunteerRow = valueOf(await o.office.call<VolunteerRow>('viewer', 'volunteers.get', { id: o.volunteer.id }));
    expect(volunteerRow.approvedHalfHours).toBe(6);

    // Edited: other hours for the volunteer, the other volunteer added, the plain member dropped.
    const edited = valueOf(
      await o.office.call<DrillDetail>('clerkhead', 'rescue.drills.update', {
        id: recorded.id,
        rowVersion: recorded.rowVersion,
        ...drill(date, [{ teamMemberId: o.member!.id, hours: 4 }, { teamMemberId: o.otherMember!.id }]),
      }),
    );
    expect(edited).toMatchObject({ attendees: 2, attendeeHalfHours: 14 });
    const after = await o.records(o.volunteer.id, true);
    expect(after).toMatchObject({ total: 1, halfHours: 8 });
    expect(after.rows[0]!.id).toBe(mine.rows[0]!.id);
    expect(await o.records(o.otherVolunteer.id)).toMatchObject({ total: 1, halfHours: 6 });
    expect(await o.approvedHalfHours()).toBe(14);

    // Saved again unchanged: still the one record each.
    const again = valueOf(
      await o.office.call<DrillDetail>('clerkhead', 'rescue.drills.update', {
        id: edited.id,
        rowVersion: edited.rowVersion,
        ...drill(date, [{ teamMemberId: o.member!.id, hours: 4 }, { teamMemberId: o.otherMember!.id }]),
      }),
    );
    expect((await o.records(o.volunteer.id, true)).total).toBe(1);
    expect(again.attendance.map((a) => a.serviceStatus)).toEqual(['approved', 'approved']);

    valueOf(await o.office.call('clerk', 'rescue.drills.void', { id: again.id, reason: '录错了队伍' }));
    const voided = await o.records(o.volunteer.id, true);
    expect(voided.total).toBe(1);
    expect(voided.rows[0]!.voided).toBe(true);
    expect(await o.approvedHalfHours()).toBe(0);
  });

  it("waits for an approver when the recorder is a clerk; a non-volunteer's hours touch no volunteer record", async () => {
    const o = await drillOffice();
    const date = addDays(today(), -1);
    const before = o.office.store.sqlite.prepare('SELECT count(*) FROM volunteer_service_records').pluck().get();
    valueOf(
      await o.office.call<DrillDetail>('clerk', 'rescue.drills.record', {
        teamId: o.team.id,
        ...drill(date, [{ teamMemberId: o.plainMember!.id, hours: 2 }]),
      }),
    );
    expect(o.office.store.sqlite.prepare('SELECT count(*) FROM volunteer_service_records').pluck().get()).toBe(before);
    expect(o.office.store.sqlite.prepare('SELECT count(*) FROM volunteer_activities').pluck().get()).toBe(0);

    const callout = valueOf(
      await o.office.call<DrillDetail>('clerk', 'rescue.drills.record', {
        teamId: o.team.id,
        ...drill(date, [{ teamMemberId: o.member!.id }]),
        kind: 'callout',
      }),
    );
    const pending = await o.records(o.volunteer.id);
    expect(pending.rows).toEqual([expect.objectContaining({ status: 'pending', activityName: '水上救援队出队' })]);
    expect(await o.approvedHalfHours()).toBe(0);
    // The approver approves it on the approval list as any record; an edit of the hours sends it back to wait.
    valueOf(
      await o.office.call('head', 'volunteers.service.decide', { ids: [pending.rows[0]!.id], decision: 'approve' }),
    );
    expect(await o.approvedHalfHours()).toBe(6);
    valueOf(
      await o.office.call('clerk', 'rescue.drills.update', {
        id: callout.id,
        rowVersion: callout.rowVersion,
        ...drill(date, [{ teamMemberId: o.member!.id, hours: 5 }]),
        kind: 'callout',
      }),
    );
    expect((await o.records(o.volunteer.id)).rows).toEqual([
      expect.objectContaining({ id: pending.rows[0]!.id, status: 'pending', halfHours: 10 }),
    ]);
    expect(await o.approvedHalfHours()).toBe(0);
  });

  it("keeps the volunteer rules: no day past 24 hours, a back-fill's reason", async () => {
    const o = await drillOffice();
    const date = addDays(today(), -2);
    valueOf(
      await o.office.call('clerk', 'volunteers.service.enter', {
        activity: { name: '夜间值守', date },
        volunteerIds: [o.volunteer.id],
        duration: { hours: 20 },
      }),
    );
    expect(
      await o.office.call('clerk', 'rescue.drills.record', {
        teamId: o.team.id,
        ...drill(date, [{ teamMemberId: o.member!.id, hours: 6 }]),
      }),
    ).toMatchObject({ ok: false, error: { code: 'SERVICE_DAY_OVER_24' } });
    const old = addDays(today(), -40);
    expect(
      await o.office.call('clerk', 'rescue.drills.record', {
        teamId: o.team.id,
        ...drill(old, [{ teamMemberId: o.member!.id }]),
      }),
    ).toMatchObject({ ok: false, error: { code: 'SERVICE_BACKFILL_REASON_REQUIRED' } });
    const late = valueOf(
      await o.office.call<DrillDetail>('clerk', 'rescue.drills.record', {
        teamId: o.team.id,
        ...drill(old, [{ teamMemberId: o.member!.id }]),
        backfillReason: '纸质签到表整理后补录',
      }),
    );
    expect(late.attendance[0]).toMatchObject({ serviceStatus: 'pending', volunteerNumber: o.volunteer.number });
  });
});
