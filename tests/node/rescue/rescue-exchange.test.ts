// Rescue teams travel up: a county's team, its member (with a custom value), equipment, drill and attendance - and
// the volunteer service record the drill made - arrive in the city under that county, whose team the city reads
// with the member's readiness from the county's certificates, and may not change.
import { describe, expect, it } from 'vitest';
import type { CustomFieldRow } from '@core/customFields/contract';
import { importPackage } from '@core/exchange/inbox';
import { exchangeTables } from '@core/exchange/tables';
import type { DrillDetail, RescueTeamPage, RescueTeamRow, TeamMemberPage, TeamMemberRow } from '@core/rescue/contract';
import { seedTrainingDefaults } from '@core/training/kinds/defaults';
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import { addDays } from '@rules/dates';
import { addGenerated, CITY, cityWith, COUNTY, exportTo } from '../exchange/exchange-apply-support';
import { today } from './rescue-support';

type Call = (method: string, input: unknown) => Promise<unknown>;
const value = async <T>(call: Call, method: string, input: unknown): Promise<T> => {
  const result = (await call(method, input)) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
};

describe('rescue teams in packages', () => {
  it('registers the rescue tables after what they point at', () => {
    const names = exchangeTables().map((t) => t.name);
    const after = (first: string, second: string) => expect(names.indexOf(first)).toBeLessThan(names.indexOf(second));
    after('people', 'rescue_team_members');
    after('stock_items', 'rescue_team_equipment');
    after('rescue_teams', 'rescue_team_members');
    after('volunteer_activities', 'rescue_drills');
    after('volunteer_service_records', 'rescue_drill_attendance');
    after('rescue_team_members', 'rescue_drill_attendance');
    after('rescue_drills', 'rescue_drill_attendance');
  });

  it("carries a county's team to the city, which reads it and its readiness but cannot change it", async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    seedTrainingDefaults(county!.ctx(['admin'], 'test.setup'), COUNTY);
    const [personId] = addGenerated(county!, 1);
    const clerk = await county!.caller!(['clerk']);
    const trainer = await county!.caller!(['trainer']);
    const admin = await county!.caller!(['admin']);
    const field = await value<CustomFieldRow>(admin, 'customFields.create', {
      roster: 'teamMembers',
      labelZh: '救生员证号',
      labelEn: 'Lifeguard card',
      type: 'text',
      required: false,
      inGrid: true,
    });
    const kindId = county!.store.sqlite.prepare("SELECT id FROM training_kinds WHERE code = 'rescuer'").pluck().get();
    await value(trainer, 'training.certificates.issue', { personId, kindId, issueDate: addDays(today(), -30) });
    const volunteer = await value<VolunteerRow>(clerk, 'volunteers.create', {
      personId,
      registrationDate: '2024-03-01',
    });
    const team = await value<RescueTeamRow>(clerk, 'rescue.teams.create', { name: '水上救援队', type: '水上救援' });
    const member = await value<TeamMemberRow>(clerk, 'rescue.members.add', {
      teamId: team.id,
      volunteerId: volunteer.id,
      role: '队长',
      joinedDate: addDays(today(), -20),
      customFields: { [field.key]: 'JS-0427' },
    });
    await value<DrillDetail>(clerk, 'rescue.drills.record', {
      teamId: team.id,
      kind: 'drill',
      date: addDays(today(), -1),
      place: '骆马湖',
      duration: { hours: 3 },
      attendees: [{ teamMemberId: member.id }],
    });

    const outcome = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(outcome).toMatchObject({
      status: 'applied',
      summary: {
        rescue_teams: { new: 1 },
        rescue_team_members: { new: 1 },
        rescue_drills: { new: 1 },
        rescue_drill_attendance: { new: 1 },
        volunteer_service_records: { new: 1 },
      },
    });
    const viewer = await city.caller!(['viewer']);
    const teams = await value<RescueTeamPage>(viewer, 'rescue.teams.list', {
      officeCode: COUNTY,
      offset: 0,
      limit: 10,
    });
    expect(teams.rows).toMatchObject([{ id: team.id, officeCode: COUNTY, members: 1, ready: 1 }]);
    const members = await value<TeamMemberPage>(viewer, 'rescue.members.list', {
      teamId: team.id,
      offset: 0,
      limit: 10,
    });
    expect(members.rows).toMatchObject([
      { id: member.id, role: '队长', readiness: 'valid', customFields: { [field.key]: 'JS-0427' } },
    ]);
    const cityClerk = await city.caller!(['clerk']);
    expect(await cityClerk('rescue.teams.void', { id: team.id, reason: '城市不能作废' })).toMatchObject({
      ok: false,
      error: { code: 'RECORD_READ_ONLY' },
    });
    const otherCounty = await county!.caller!(['viewer']);
    expect(await otherCounty('rescue.teams.list', { officeCode: CITY, offset: 0, limit: 10 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
