// Who may write the rescue teams: a clerk (and an admin) keeps teams, members, equipment and drills; an approver,
// a viewer, a warehouse keeper and a trainer read them and are refused every write.
import { describe, expect, it } from 'vitest';
import type { DrillDetail, RescueTeamRow, TeamMemberRow } from '@core/rescue/contract';
import { addDays } from '@rules/dates';
import { valueOf } from '../volunteers/volunteer-support';
import { rescueOffice, today } from './rescue-support';

describe('rescue roles', () => {
  it('lets clerks and admins write; every other role only reads', async () => {
    const o = await rescueOffice(2);
    const [person, other] = o.people;
    const byAdmin = valueOf(
      await o.call<RescueTeamRow>('admin', 'rescue.teams.create', { name: '山地搜救队', type: '山地搜救' }),
    );
    const team = await o.team();
    const member = valueOf(
      await o.call<TeamMemberRow>('clerk', 'rescue.members.add', {
        teamId: team.id,
        personId: person!.id,
        role: '队员',
        joinedDate: addDays(today(), -10),
      }),
    );
    const drill = valueOf(
      await o.call<DrillDetail>('clerk', 'rescue.drills.record', {
        teamId: team.id,
        kind: 'drill',
        date: today(),
        place: '县体育馆',
        duration: { hours: 2 },
        attendees: [{ teamMemberId: member.id }],
      }),
    );
    const writes: [string, unknown][] = [
      ['rescue.teams.create', { name: '供水队', type: '供水' }],
      ['rescue.teams.update', { id: team.id, rowVersion: team.rowVersion, patch: { notes: '改' } }],
      ['rescue.teams.void', { id: byAdmin.id, reason: '重复' }],
      ['rescue.members.add', { teamId: team.id, personId: other!.id, role: '队员', joinedDate: today() }],
      ['rescue.members.leave', { id: member.id, rowVersion: member.rowVersion, leftDate: today() }],
      ['rescue.drills.void', { id: drill.id, reason: '录错' }],
      ['rescue.settings.set', { kind: 'roles', names: ['队长'] }],
    ];
    for (const user of ['head', 'viewer', 'keeper', 'trainer'])
      for (const [method, input] of writes)
        expect(await o.call(user, method, input), `${user} ${method}`).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
    for (const user of ['head', 'viewer', 'trainer'])
      expect(await o.call(user, 'rescue.drills.get', { id: drill.id }), user).toMatchObject({ ok: true });
    expect(await o.call('keeper', 'rescue.teams.list', { offset: 0, limit: 10 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await o.call('admin', 'rescue.drills.void', { id: drill.id, reason: '录错' })).toMatchObject({ ok: true });
  });
});
