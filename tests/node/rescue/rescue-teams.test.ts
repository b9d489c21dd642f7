// Teams, their members and equipment through the router: numbered teams of the office's types, a member picked from
// the registry or the volunteers with a role and the office's own fields, leaving and joining again, the settings
// lists renamed on the teams that carry a name, and equipment from the catalog assigned and returned.
import { describe, expect, it } from 'vitest';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { EquipmentRow, RescueSettings, RescueTeamRow, TeamMemberPage, TeamMemberRow } from '@core/rescue/contract';
import { addDays } from '@rules/dates';
import { DEFAULT_TEAM_ROLES, DEFAULT_TEAM_TYPES } from '@rules/rescue';
import { valueOf } from '../volunteers/volunteer-support';
import { rescueOffice, today } from './rescue-support';

describe('rescue teams', () => {
  it('numbers teams, keeps the type lists and renames a type on its teams', async () => {
    const o = await rescueOffice(2);
    expect(valueOf(await o.call<RescueSettings>('viewer', 'rescue.settings.get', {}))).toEqual({
      teamTypes: [...DEFAULT_TEAM_TYPES],
      roles: [...DEFAULT_TEAM_ROLES],
    });
    const first = await o.team('应急救护一队', '应急救护');
    const second = await o.team('供水队', '供水');
    expect([first.number, second.number]).toEqual(['321302JY001', '321302JY002']);
    expect(await o.call('clerk', 'rescue.teams.create', { name: '供水队', type: '供水' })).toMatchObject({
      ok: false,
      error: { code: 'RESCUE_TEAM_NAME_TAKEN' },
    });
    expect(await o.call('clerk', 'rescue.teams.create', { name: '潜水队', type: '潜水' })).toMatchObject({
      ok: false,
      error: { code: 'RESCUE_TEAM_TYPE_UNKNOWN' },
    });
    expect(
      await o.call('clerk', 'rescue.teams.create', { name: '三队', type: '其他', contactPhone: '12345' }),
    ).toMatchObject({ ok: false, error: { code: 'RESCUE_TEAM_PHONE_FORMAT' } });

    const relief = await o.team('赈济队', '赈济');
    const settings = valueOf(
      await o.call<RescueSettings>('clerk', 'rescue.settings.set', {
        kind: 'teamTypes',
        names: ['应急救护', '水上救援', '山地搜救', '赈济救援', '供水', '其他'],
        renamed: [{ from: '赈济', to: '赈济救援' }],
      }),
    );
    expect(settings.teamTypes).toContain('赈济救援');
    const renamed = valueOf(await o.call<RescueTeamRow>('viewer', 'rescue.teams.get', { id: relief.id }));
    expect(renamed).toMatchObject({ number: '321302JY003', type: '赈济救援', rowVersion: 2 });
    valueOf(await o.call('clerk', 'rescue.teams.void', { id: second.id, reason: '重复建队' }));
    expect((await o.team('新供水队', '供水')).number).toBe('321302JY004');
  });

  it('adds members from the registry or the volunteers, with custom fields; a member leaves and joins again', async () => {
    const o = await rescueOffice(3);
    const [person, volunteerPerson] = o.people;
    const [volunteer] = await o.register([volunteerPerson!.id]);
    const field = valueOf(
      await o.call<CustomFieldRow>('admin', 'customFields.create', {
        roster: 'teamMembers',
        labelZh: '游泳等级',
        labelEn: 'Swimming level',
        type: 'choice',
        choices: ['初级', '高级'],
        required: false,
        inGrid: true,
      }),
    );
    const team = await o.team();
    const captain = valueOf(
      await o.call<TeamMemberRow>('clerk', 'rescue.members.add', {
        teamId: team.id,
        personId: person!.id,
        role: '队长',
        joinedDate: addDays(today(), -100),
        customFields: { [field.key]: '高级' },
      }),
    );
    expect(captain).toMatchObject({ name: person!.name, role: '队长', customFields: { [field.key]: '高级' } });
    expect(
      await o.call('clerk', 'rescue.members.add', {
        teamId: team.id,
        personId: person!.id,
        role: '队员',
        joinedDate: today(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'RESCUE_MEMBER_ALREADY_IN_TEAM' } });
    expect(
      await o.call('clerk', 'rescue.members.add', {
        teamId: team.id,
        volunteerId: volunteer!.id,
        role: '队员',
        joinedDate: today(),
        customFields: { [field.key]: '专业' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'CUSTOM_FIELDS_INVALID' } });
    const fromVolunteers = valueOf(
      await o.call<TeamMemberRow>('clerk', 'rescue.members.add', {
        teamId: team.id,
        volunteerId: volunteer!.id,
        role: '队员',
        joinedDate: today(),
      }),
    );
    expect(fromVolunteers).toMatchObject({ personId: volunteerPerson!.id, volunteerNumber: volunteer!.number });

    const filtered = valueOf(
      await o.call<TeamMemberPage>('viewer', 'rescue.members.list', {
        teamId: team.id,
        customFilters: [{ key: field.key, match: { op: 'choice', values: ['高级'] } }],
        offset: 0,
        limit: 50,
      }),
    );
    expect(filtered.rows.map((r) => r.id)).toEqual([captain.id]);

    const left = valueOf(
      await o.call<TeamMemberRow>('clerk', 'rescue.members.leave', {
        id: captain.id,
        rowVersion: captain.rowVersion,
        leftDate: addDays(today(), -1),
      }),
    );
    expect(left.leftDate).toBe(addDays(today(), -1));
    const back = valueOf(
      await o.call<TeamMemberRow>('clerk', 'rescue.members.add', {
        teamId: team.id,
        personId: person!.id,
        role: '副队长',
        joinedDate: today(),
      }),
    );
    expect(back.id).not.toBe(captain.id);
    const renamed = valueOf(
      await o.call<RescueSettings>('clerk', 'rescue.settings.set', {
        kind: 'roles',
        names: ['队长', '副队长', '安全员', '队员'],
      }),
    );
    expect(renamed.roles).toEqual(['队长', '副队长', '安全员', '队员']);
    const members = valueOf(
      await o.call<TeamMemberPage>('viewer', 'rescue.members.list', { teamId: team.id, offset: 0, limit: 50 }),
    );
    // By role in the office's order: the deputy before the member.
    expect(members.rows.map((r) => r.role)).toEqual(['副队长', '队员']);
  });

  it('assigns catalog equipment to a team and takes it back', async () => {
    const o = await rescueOffice(1);
    const category = valueOf(await o.call<{ id: string }>('keeper', 'stock.categories.create', { name: '救援装备' }));
    const item = valueOf(
      await o.call<{ id: string }>('keeper', 'stock.items.create', {
        code: 'JY-001',
        name: '救生衣',
        categoryId: category.id,
        unit: '件',
        unitValue: 12_000,
      }),
    );
    const team = await o.team();
    const assigned = valueOf(
      await o.call<EquipmentRow>('clerk', 'rescue.equipment.assign', {
        teamId: team.id,
        itemId: item.id,
        quantity: 20,
        assignedDate: addDays(today(), -30),
        note: '汛期前配发',
      }),
    );
    expect(assigned).toMatchObject({ itemName: '救生衣', unit: '件', quantity: 20, returnedDate: null });
    // An assignment is no stock movement.
    expect(o.store.sqlite.prepare('SELECT count(*) FROM stock_movements').pluck().get()).toBe(0);
    expect(
      await o.call('clerk', 'rescue.equipment.return', { id: assigned.id, returnedDate: addDays(today(), -31) }),
    ).toMatchObject({ ok: false, error: { code: 'RESCUE_EQUIPMENT_RETURN_BEFORE_ASSIGN' } });
    valueOf(await o.call('clerk', 'rescue.equipment.return', { id: assigned.id, returnedDate: today() }));
    expect(valueOf(await o.call<EquipmentRow[]>('viewer', 'rescue.equipment.list', { teamId: team.id }))).toEqual([]);
    expect(
      valueOf(
        await o.call<EquipmentRow[]>('viewer', 'rescue.equipment.list', { teamId: team.id, includeReturned: true }),
      ),
    ).toEqual([expect.objectContaining({ id: assigned.id, returnedDate: today() })]);
  });
});
