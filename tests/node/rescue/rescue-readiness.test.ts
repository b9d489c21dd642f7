// Readiness from real certificate rows: each member's first-aid certificate as the training register reads it today
// (有效, 即将到期 within 90 days, 已过期, 无证), a revoked one as none, a renewal in place of an expired one; the team
// counts as ready those in it today whose certificate holds (a member who left is not counted).
import { describe, expect, it } from 'vitest';
import type { RescueTeamPage, RescueTeamRow, TeamMemberPage } from '@core/rescue/contract';
import { addDays } from '@rules/dates';
import { maskIdNumber } from '@rules/idNumber';
import { valueOf } from '../volunteers/volunteer-support';
import { rescueOffice, today } from './rescue-support';

describe('rescue team readiness', () => {
  it("shows each member's certificate state and counts the ready ones", async () => {
    const office = await rescueOffice(8);
    const [valid, expiring, expired, none, revoked, renewed, gone] = office.people;
    const team = await office.team();
    const members = await office.join(
      team.id,
      [valid, expiring, expired, none, revoked, renewed, gone].map((p) => p!.id),
    );
    await office.certify(valid!.id, office.issued.valid);
    const soon = await office.certify(expiring!.id, office.issued.expiring);
    await office.certify(expired!.id, office.issued.expired);
    const cancelled = await office.certify(revoked!.id, office.issued.valid);
    valueOf(
      await office.call('admin', 'training.certificates.revoke', {
        id: cancelled.certificateIds[0],
        reason: '信息有误',
      }),
    );
    await office.certify(renewed!.id, office.issued.expired);
    await office.certify(renewed!.id, addDays(today(), -10));
    await office.certify(gone!.id, office.issued.valid);
    const leaving = members.at(-1)!;
    valueOf(
      await office.call('clerk', 'rescue.members.leave', {
        id: leaving.id,
        rowVersion: leaving.rowVersion,
        leftDate: today(),
        reason: '调离本县',
      }),
    );

    const page = valueOf(
      await office.call<TeamMemberPage>('viewer', 'rescue.members.list', { teamId: team.id, offset: 0, limit: 50 }),
    );
    const stateOf = (personId: string) => page.rows.find((r) => r.personId === personId)?.readiness;
    expect(page.total).toBe(6);
    expect(stateOf(valid!.id)).toBe('valid');
    expect(stateOf(expiring!.id)).toBe('expiring');
    expect(stateOf(expired!.id)).toBe('expired');
    expect(stateOf(none!.id)).toBe('none');
    expect(stateOf(revoked!.id)).toBe('none');
    expect(stateOf(renewed!.id)).toBe('valid');
    expect(stateOf(gone!.id)).toBeUndefined();
    const soonRow = page.rows.find((r) => r.personId === expiring!.id)!;
    expect(soonRow).toMatchObject({ certificateNumber: soon.numbers[0], certificateExpiry: addDays(today(), 30) });
    expect(page.rows.find((r) => r.personId === none!.id)).toMatchObject({
      certificateNumber: null,
      certificateExpiry: null,
    });
    // The ID number is masked; the phone is there for the call-out list.
    expect(page.rows.find((r) => r.personId === valid!.id)).toMatchObject({
      idNumber: maskIdNumber(valid!.idNumber),
      mobile: valid!.mobile,
    });

    const expiredOnly = valueOf(
      await office.call<TeamMemberPage>('viewer', 'rescue.members.list', {
        teamId: team.id,
        readiness: 'expired',
        offset: 0,
        limit: 50,
      }),
    );
    expect(expiredOnly.rows.map((r) => r.personId)).toEqual([expired!.id]);

    const withLeft = valueOf(
      await office.call<TeamMemberPage>('viewer', 'rescue.members.list', {
        teamId: team.id,
        includeLeft: true,
        offset: 0,
        limit: 50,
      }),
    );
    expect(withLeft.total).toBe(7);
    expect(withLeft.rows.at(-1)).toMatchObject({ personId: gone!.id, leftDate: today(), leaveReason: '调离本县' });

    const summary = valueOf(await office.call<RescueTeamRow>('viewer', 'rescue.teams.get', { id: team.id }));
    expect(summary).toMatchObject({ members: 6, ready: 3 });
    const list = valueOf(await office.call<RescueTeamPage>('trainer', 'rescue.teams.list', { offset: 0, limit: 50 }));
    expect(list.rows).toEqual([expect.objectContaining({ id: team.id, members: 6, ready: 3 })]);
  });
});
