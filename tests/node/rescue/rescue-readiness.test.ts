// Readiness from real certificate rows: each member's first-aid certificate as the training register reads it today
// (有效, 即将到期 within 90 days, 已过期, 无证), a revoked one as none, a renewal in place of an expired one; the team
// counts as ready those in it today whose certificate holds (a member who left is not counted).
import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '@core/people/contract';
import type { RescueTeamPage, RescueTeamRow, TeamMemberPage } from '@core/rescue/contract';
import { addDays } from '@rules/dates';
import { maskIdNumber } from '@rules/idNumber';
import { exportedRows } from '../exportedRows';
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

  it('sums up on the organisation dashboard: one person in two teams once, a voided team and a leaver left out', async () => {
    const office = await rescueOffice(6);
    const [valid, expiring, expired, none, gone, elsewhere] = office.people;
    const water = await office.team();
    const mountain = await office.team('山地搜救队', '山地搜救');
    const dropped = await office.team('旧队', '其他');
    await office.join(
      water.id,
      [valid, expiring, expired].map((p) => p!.id),
    );
    const [, leaver] = await office.join(
      mountain.id,
      [valid, gone, none].map((p) => p!.id),
    );
    await office.join(dropped.id, [elsewhere!.id]);
    await office.certify(valid!.id, office.issued.valid);
    await office.certify(expiring!.id, office.issued.expiring);
    await office.certify(expired!.id, office.issued.expired);
    await office.certify(gone!.id, office.issued.valid);
    await office.certify(elsewhere!.id, office.issued.valid);
    valueOf(
      await office.call('clerk', 'rescue.members.leave', {
        id: leaver!.id,
        rowVersion: leaver!.rowVersion,
        leftDate: today(),
        reason: '调离本县',
      }),
    );
    valueOf(await office.call('clerk', 'rescue.teams.void', { id: dropped.id, reason: '队伍撤销' }));
    const dashboard = valueOf(await office.call<{ rescue: unknown }>('viewer', 'organisation.dashboard', {}));
    expect(dashboard.rescue).toEqual({ teams: 2, members: 4, ready: 2, expiring: 1, notReady: 2 });
  });

  it("exports the members grid as shown: masked IDs, certificate state, the office's own field, the filter kept", async () => {
    const office = await rescueOffice(3);
    const [ready, lapsed, other] = office.people;
    valueOf(
      await office.call('admin', 'customFields.create', {
        roster: 'teamMembers',
        labelZh: '游泳等级',
        labelEn: 'Swimming level',
        type: 'choice',
        choices: ['一级', '二级'],
      }),
    );
    const team = await office.team();
    const [member] = await office.join(team.id, [ready!.id, lapsed!.id, other!.id]);
    valueOf(
      await office.call('clerk', 'rescue.members.update', {
        id: member!.id,
        rowVersion: member!.rowVersion,
        patch: { customFields: { f1: '一级' } },
      }),
    );
    const certified = await office.certify(ready!.id, office.issued.valid);
    await office.certify(lapsed!.id, office.issued.expired);

    const file = valueOf(
      await office.call<ExportedFile>('viewer', 'rescue.members.export', {
        teamId: team.id,
        sort: [{ column: 'readiness', direction: 'asc' }],
      }),
    );
    expect(file.fileName).toMatch(/水上救援队队员名单.*\.xlsx$/);
    const rows = await exportedRows(file);
    expect(rows.map((r) => [r['姓名']!.text, r['救护员证']!.text, r['身份证号码']!.text, r['游泳等级']!.text])).toEqual(
      [
        [ready!.name, '有效', maskIdNumber(ready!.idNumber), '一级'],
        [lapsed!.name, '已过期', maskIdNumber(lapsed!.idNumber), ''],
        [other!.name, '无证', maskIdNumber(other!.idNumber), ''],
      ],
    );
    expect(rows[0]!['证书编号']!.text).toBe(certified.numbers[0]);

    const expired = valueOf(
      await office.call<ExportedFile>('viewer', 'rescue.members.export', { teamId: team.id, readiness: 'expired' }),
    );
    expect((await exportedRows(expired)).map((r) => r['姓名']!.text)).toEqual([lapsed!.name]);
  });
});
