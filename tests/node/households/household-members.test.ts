// A household's members through the router: a person is in one household at a time (the core names the household
// they are in; the partial unique index refuses a second open membership written past the core), moving keeps the
// history in both households, the head leaves only after another member becomes head, and a member's facts are
// kept across a move with the disability card masked for who may not reveal ID numbers.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HouseholdDetail } from '@core/households/roster/contract';
import { valueOf } from '../volunteers/volunteer-support';
import { householdOffice } from './household-support';

describe('household members', () => {
  it('refuses a person in two households at once, in the core and in the index', async () => {
    const office = await householdOffice(4);
    const [a, b, c] = office.people;
    const first = await office.household(a!.id, [b!.id]);
    const second = await office.household(c!.id);

    const twice = await office.call('clerk', 'households.members.add', {
      householdId: second.id,
      personId: b!.id,
      relation: 'spouse',
      fromDate: '2021-01-01',
    });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'HOUSEHOLD_MEMBER_ELSEWHERE', details: { name: b!.name, number: first.number } },
    });
    expect(
      await office.call('clerk', 'households.create', {
        headPersonId: b!.id,
        attribute: 'general',
        fromDate: '2021-01-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'HOUSEHOLD_MEMBER_ELSEWHERE' } });

    // Past the core: the partial unique index refuses a second open membership, and allows an ended one.
    const insert = office.store.sqlite.prepare(
      `INSERT INTO household_members (id, office_code, created_at, updated_at, created_by, updated_by, household_id,
       person_id, relation, from_date, to_date) VALUES (?, '321302', 'x', 'x', 't', 't', ?, ?, 'child', '2021-01-01', ?)`,
    );
    expect(() => insert.run(randomUUID(), second.id, b!.id, null)).toThrow(/UNIQUE constraint failed/);
    expect(() => insert.run(randomUUID(), second.id, b!.id, '2021-06-01')).not.toThrow();

    const gone = first.members.find((m) => m.personId === b!.id)!;
    valueOf(
      await office.call('clerk', 'households.members.remove', {
        membershipId: gone.membershipId,
        rowVersion: gone.rowVersion,
        date: '2022-01-01',
        reason: '婚出',
      }),
    );
    const joined = valueOf(
      await office.call<HouseholdDetail>('clerk', 'households.members.add', {
        householdId: second.id,
        personId: b!.id,
        relation: 'spouse',
        fromDate: '2022-01-01',
      }),
    );
    expect(joined.members.map((m) => [m.name, m.relation])).toEqual([
      [c!.name, 'self'],
      [b!.name, 'spouse'],
    ]);
    expect(joined.size).toBe(2);
  });

  it('moves a member and keeps the history; the head moves only after a new head is set', async () => {
    const office = await householdOffice(5);
    const [a, b, c, d] = office.people;
    const from = await office.household(a!.id, [b!.id, d!.id]);
    const to = await office.household(c!.id);

    const moved = valueOf(
      await office.call<HouseholdDetail>('clerk', 'households.members.move', {
        personId: b!.id,
        toHouseholdId: to.id,
        relation: 'spouse',
        date: '2023-05-01',
        reason: '婚迁',
      }),
    );
    expect(moved.members.map((m) => [m.name, m.relation, m.fromDate, m.toDate])).toEqual([
      [c!.name, 'self', '2020-01-01', null],
      [b!.name, 'spouse', '2023-05-01', null],
    ]);
    const left = valueOf(await office.call<HouseholdDetail>('viewer', 'households.get', { id: from.id }));
    expect(left.size).toBe(2);
    expect(left.formerMembers.map((m) => [m.name, m.relation, m.fromDate, m.toDate, m.endReason])).toEqual([
      [b!.name, 'child', '2020-01-01', '2023-05-01', '婚迁'],
    ]);
    expect(
      office.store.sqlite.prepare('SELECT count(*) FROM household_members WHERE person_id = ?').pluck().get(b!.id),
    ).toBe(2);

    // The head cannot leave a household with other members until another member heads it.
    const move = (personId: string) =>
      office.call<HouseholdDetail>('clerk', 'households.members.move', {
        personId,
        toHouseholdId: to.id,
        relation: 'parent',
        date: '2024-01-01',
      });
    expect(await move(a!.id)).toMatchObject({ ok: false, error: { code: 'HOUSEHOLD_HEAD_CANNOT_LEAVE' } });
    const headed = valueOf(
      await office.call<HouseholdDetail>('clerk', 'households.members.setHead', {
        householdId: from.id,
        rowVersion: left.rowVersion,
        personId: d!.id,
        formerHeadRelation: 'parent',
      }),
    );
    expect(headed.headName).toBe(d!.name);
    expect(headed.members.map((m) => [m.name, m.relation])).toEqual([
      [d!.name, 'self'],
      [a!.name, 'parent'],
    ]);
    expect(valueOf(await move(a!.id)).size).toBe(3);
    expect(await move(a!.id)).toMatchObject({ ok: false, error: { code: 'HOUSEHOLD_MOVE_SAME' } });
  });

  it("keeps a member's facts across a move and masks the disability card for a viewer", async () => {
    const office = await householdOffice(3);
    const [a, b, c] = office.people;
    const home = await office.household(a!.id, [b!.id]);
    const card = `${b!.idNumber}42`;
    const member = home.members[1]!;
    const saved = valueOf(
      await office.call<HouseholdDetail>('clerk', 'households.members.saveFacts', {
        membershipId: member.membershipId,
        rowVersion: member.rowVersion,
        labour: 'weak',
        health: 'disabled',
        disabilityCardNumber: card,
        disabilityGrade: 2,
        schoolStage: null,
      }),
    );
    expect(saved.members[1]).toMatchObject({ labour: 'weak', health: 'disabled', disabilityCardNumber: card });
    const seen = valueOf(await office.call<HouseholdDetail>('viewer', 'households.get', { id: home.id }));
    expect(seen.members[1]!.disabilityCardNumber).toBe(`${card.slice(0, 6)}**********${card.slice(-4)}`);
    expect(seen.members[1]!.birthDate).toBeNull();
    expect(seen.members[1]!.idNumber).not.toContain(b!.idNumber.slice(6, 14));
    const other = await office.household(c!.id);
    const moved = valueOf(
      await office.call<HouseholdDetail>('clerk', 'households.members.move', {
        personId: b!.id,
        toHouseholdId: other.id,
        relation: 'other',
        date: '2024-02-01',
      }),
    );
    expect(moved.members[1]).toMatchObject({ health: 'disabled', disabilityGrade: 2 });

    const now = moved.members[1]!;
    const facts = (input: Record<string, unknown>, user = 'clerk') =>
      office.call(user, 'households.members.saveFacts', {
        membershipId: now.membershipId,
        rowVersion: now.rowVersion,
        ...input,
      });
    expect(await facts({ health: 'healthy' })).toMatchObject({
      ok: false,
      error: { code: 'DISABILITY_ONLY_WHEN_DISABLED' },
    });
    expect(await facts({ disabilityGrade: 5 })).toMatchObject({
      ok: false,
      error: { code: 'DISABILITY_GRADE_INVALID' },
    });
    // The facts of the former membership stay as they were.
    const former = valueOf(await office.call<HouseholdDetail>('clerk', 'households.get', { id: home.id }));
    expect(former.formerMembers[0]).toMatchObject({ health: 'disabled', toDate: '2024-02-01' });
    expect(await facts({}, 'viewer')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
