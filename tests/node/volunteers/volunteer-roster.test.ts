// The volunteer roster through the router: a clerk registers people of the registry as volunteers numbered per
// office, a child needs a guardian, the grid pages, sorts, filters by team and finds by pinyin or number; a
// viewer reads masked ID numbers only and writes nothing.
import { describe, expect, it } from 'vitest';
import type { VolunteerGroupRow, VolunteerPage, VolunteerRow } from '@core/volunteers/roster/contract';
import { idNumberBorn, valueOf, volunteerOffice } from './volunteer-support';

describe('the volunteer roster', () => {
  it('numbers volunteers {office}V{seq}; a person is one volunteer; a viewer cannot register', async () => {
    const office = await volunteerOffice(5);
    const [a, b] = await office.register([office.people[0]!.id, office.people[1]!.id]);
    expect([a!.number, b!.number]).toEqual(['321302V000001', '321302V000002']);
    expect(a).toMatchObject({ name: office.people[0]!.name, status: 'active', star: 0, approvedHalfHours: 0 });
    expect(a!.idNumber).toContain('*');
    expect(
      await office.call('clerk', 'volunteers.create', {
        personId: office.people[0]!.id,
        registrationDate: '2024-03-01',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VOLUNTEER_ALREADY_REGISTERED', details: { number: '321302V000001' } },
    });
    expect(
      await office.call('viewer', 'volunteers.create', {
        personId: office.people[2]!.id,
        registrationDate: '2024-03-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    valueOf(await office.call('clerk', 'volunteers.void', { id: b!.id, reason: '重复登记' }));
    const [c] = await office.register([office.people[1]!.id]);
    expect(c!.number).toBe('321302V000003');
  });

  it('asks for a guardian of a volunteer under 14, and for a reason to suspend', async () => {
    const office = await volunteerOffice(1);
    const child = { name: '王小明', idNumber: idNumberBorn('20150101') };
    expect(
      await office.call('clerk', 'volunteers.create', { person: child, registrationDate: '2026-03-01' }),
    ).toMatchObject({ ok: false, error: { code: 'VOLUNTEER_GUARDIAN_REQUIRED' } });
    const registered = valueOf(
      await office.call<VolunteerRow>('clerk', 'volunteers.create', {
        person: child,
        registrationDate: '2026-03-01',
        guardianName: '王大明',
        guardianPhone: '13912345678',
      }),
    );
    expect(registered).toMatchObject({ name: '王小明', guardianName: '王大明', guardianPhone: '13912345678' });
    const suspend = { id: registered.id, rowVersion: registered.rowVersion, patch: { status: 'suspended' } };
    expect(await office.call('clerk', 'volunteers.update', suspend)).toMatchObject({
      ok: false,
      error: { code: 'VOLUNTEER_STATUS_REASON_REQUIRED' },
    });
    const suspended = valueOf(
      await office.call<VolunteerRow>('clerk', 'volunteers.update', {
        ...suspend,
        patch: { status: 'suspended', statusReason: '外出求学' },
      }),
    );
    expect(suspended).toMatchObject({ status: 'suspended', statusReason: '外出求学' });
  });

  it('pages, sorts, filters by team and skill, and finds by name, pinyin or volunteer number', async () => {
    const office = await volunteerOffice(30);
    const team = valueOf(
      await office.call<VolunteerGroupRow>('clerk', 'volunteers.groups.create', { kind: 'team', name: '应急救护队' }),
    );
    const skill = valueOf(
      await office.call<VolunteerGroupRow>('clerk', 'volunteers.groups.create', { kind: 'skill', name: '心理疏导' }),
    );
    expect(await office.call('clerk', 'volunteers.groups.create', { kind: 'team', name: '应急救护队' })).toMatchObject({
      ok: false,
      error: { code: 'VOLUNTEER_GROUP_NAME_TAKEN' },
    });
    const all = await office.register(office.people.slice(0, 20).map((p) => p.id));
    await office.register(
      office.people.slice(20, 25).map((p) => p.id),
      { teamIds: [team.id], skillIds: [skill.id] },
    );
    const list = async (query: Record<string, unknown>, user = 'viewer') =>
      valueOf(await office.call<VolunteerPage>(user, 'volunteers.list', { offset: 0, limit: 10, ...query }));

    const first = await list({});
    expect(first.total).toBe(25);
    expect(first.rows).toHaveLength(10);
    const pinyinOf = new Map(office.people.map((p) => [p.id, p.pinyinFull]));
    const pinyinOrder = first.rows.map((r) => pinyinOf.get(r.personId)!);
    expect(pinyinOrder).toEqual([...pinyinOrder].sort());
    expect(first.rows.every((r) => r.idNumber.includes('*') && r.birthDate === null)).toBe(true);

    const byNumber = await list({ sort: [{ column: 'number', direction: 'desc' }], limit: 3 });
    expect(byNumber.rows.map((r) => r.number)).toEqual(['321302V000025', '321302V000024', '321302V000023']);

    const inTeam = await list({ teamId: team.id, limit: 50 });
    expect(inTeam.total).toBe(5);
    expect(inTeam.rows.every((r) => r.teams[0]?.name === '应急救护队' && r.skills[0]?.name === '心理疏导')).toBe(true);
    expect((await list({ skillId: skill.id })).total).toBe(5);

    const someone = all[7]!;
    const byName = await list({ search: someone.name });
    expect(byName.rows.map((r) => r.id)).toContain(someone.id);
    const person = office.people[7]!;
    expect((await list({ search: person.pinyinInitials })).rows.map((r) => r.id)).toContain(someone.id);
    expect((await list({ search: someone.number })).rows.map((r) => r.id)).toEqual([someone.id]);
    expect((await list({ search: 'V000008' })).rows.map((r) => r.number)).toEqual(['321302V000008']);

    const moved = valueOf(
      await office.call<VolunteerRow>('clerk', 'volunteers.update', {
        id: someone.id,
        rowVersion: someone.rowVersion,
        patch: { teamIds: [team.id] },
      }),
    );
    expect(moved.teams.map((t) => t.name)).toEqual(['应急救护队']);
    expect((await list({ teamId: team.id })).total).toBe(6);
    const teams = valueOf(await office.call<VolunteerGroupRow[]>('viewer', 'volunteers.groups.list', { kind: 'team' }));
    expect(teams).toMatchObject([{ name: '应急救护队', members: 6 }]);
    const clerkView = await list({ search: someone.number }, 'clerk');
    expect(clerkView.rows[0]!.birthDate).toBe(person.birthDate);
  });
});
