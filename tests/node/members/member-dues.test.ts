// Members and dues through the router: a clerk enrols people and units, collects one member's dues and a whole
// class's on one receipt, over the cap is refused and nothing is written; the status shown turns 失效 at the
// year boundary when two years are unpaid; a transfer keeps the history; `members.stats` counts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DuesReceipt, MemberToCall } from '@core/members/dues/contract';
import type { MemberPage, MemberRow, MemberStats, MemberStatusChange } from '@core/members/roster/contract';
import { idNumberBorn, valueOf } from '../volunteers/volunteer-support';
import { memberOffice } from './member-support';

afterEach(() => {
  vi.useRealTimers();
});

/** China time 23:50 on 31 December 2026, and twenty minutes later: 2027. */
const LAST_EVENING_2026 = new Date('2026-12-31T15:50:00Z');
const FIRST_MORNING_2027 = new Date('2026-12-31T16:10:00Z');

describe('members and dues', () => {
  it('collects a class’s dues on one receipt, refuses over the cap and writes nothing then', async () => {
    const office = await memberOffice(6);
    const ids = office.people.map((p) => p.id);
    const youth = await office.enrol(ids.slice(0, 4), { kind: 'youth', school: '实验小学', className: '三(2)班' });
    await office.enrol(ids.slice(4, 5), { kind: 'youth', school: '实验小学', className: '三(1)班' });
    expect(youth[0]).toMatchObject({ kind: 'youth', school: '实验小学', className: '三(2)班', status: 'active' });
    expect(youth[0]!.cardNumber).toBe('321302M000001');
    expect(youth[0]!.idNumber).toContain('*');

    const batch = { year: 2026, paidDate: '2026-09-10', school: '实验小学', className: '三(2)班' };
    expect(await office.call('clerk', 'members.dues.collectBatch', { ...batch, amountFen: 501 })).toMatchObject({
      ok: false,
      error: { code: 'DUES_OVER_CAP', details: { cap: '5.00' } },
    });
    expect(valueOf(await office.call<MemberPage>('viewer', 'members.get', { id: youth[0]!.id }))).toMatchObject({
      paidYears: [],
    });
    const receipt = valueOf(await office.call<DuesReceipt>('clerk', 'members.dues.collectBatch', batch));
    expect(receipt).toMatchObject({ receiptNumber: '321302-2026-00001', count: 4, totalFen: 2_000 });
    expect(
      await office.call('clerk', 'members.dues.collect', {
        memberId: youth[0]!.id,
        year: 2026,
        paidDate: '2026-09-11',
      }),
    ).toMatchObject({ ok: false, error: { code: 'DUES_ALREADY_PAID' } });
    const [adult] = await office.enrol(ids.slice(5, 6));
    const next = valueOf(
      await office.call<DuesReceipt>('clerk', 'members.dues.collect', {
        memberId: adult!.id,
        year: 2026,
        amountFen: 1_000,
        paidDate: '2026-09-12',
      }),
    );
    expect(next.receiptNumber).toBe('321302-2026-00002');
    expect(
      await office.call('viewer', 'members.dues.collect', {
        memberId: youth[1]!.id,
        year: 2025,
        paidDate: '2026-09-12',
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('caps a unit by its headcount and finds it by the pinyin of its name', async () => {
    const office = await memberOffice(1);
    const unit = valueOf(
      await office.call<MemberRow>('clerk', 'members.create', {
        kind: 'group',
        unitName: '宿城区第一中学',
        creditCode: '12321302466012345X',
        headcount: 200,
        contactName: '李老师',
        contactPhone: '13912345678',
        joinDate: '2024-01-05',
      }),
    );
    expect(unit).toMatchObject({ name: '宿城区第一中学', personId: null, idNumber: null, headcount: 200 });
    const over = { memberId: unit.id, year: 2026, amountFen: 50_001, paidDate: '2026-03-01' };
    expect(await office.call('clerk', 'members.dues.collect', over)).toMatchObject({
      ok: false,
      error: { code: 'DUES_OVER_CAP', details: { capFen: 50_000 } },
    });
    valueOf(await office.call('clerk', 'members.dues.collect', { ...over, amountFen: 50_000 }));
    for (const search of ['scq', 'suchengqu', '第一中学']) {
      const page = valueOf(await office.call<MemberPage>('viewer', 'members.list', { search, offset: 0, limit: 50 }));
      expect(page.rows.map((r) => r.id)).toEqual([unit.id]);
    }
  });

  it('shows 失效 from the first morning of the new year when two years are unpaid, and lists who to call', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(LAST_EVENING_2026);
    const office = await memberOffice(3);
    const [adult, payer, child] = await office.enrol(office.people.map((p) => p.id));
    const youth = valueOf(
      await office.call<MemberRow>('clerk', 'members.create', {
        kind: 'youth',
        person: { name: '王小明', idNumber: idNumberBorn('20150101') },
        joinDate: '2020-09-01',
      }),
    ).id;
    // All joined in 2022 or before; adult paid up to 2024, payer paid 2025.
    for (const year of [2022, 2023, 2024])
      valueOf(
        await office.call('clerk', 'members.dues.collect', { memberId: adult!.id, year, paidDate: '2026-01-05' }),
      );
    valueOf(
      await office.call('clerk', 'members.dues.collect', { memberId: payer!.id, year: 2025, paidDate: '2026-01-05' }),
    );
    const shown = async (id: string) => valueOf(await office.call<MemberRow>('viewer', 'members.get', { id }));

    expect(await shown(adult!.id)).toMatchObject({ status: 'active', duesStanding: 'dueSoon' });
    const toCall = valueOf(await office.call<MemberToCall[]>('viewer', 'members.dues.toCall', {}));
    expect(toCall.map((m) => m.id).sort()).toEqual([adult!.id].sort());
    expect(valueOf(await office.call<MemberStats>('viewer', 'members.stats', {}))).toMatchObject({ lapsed: 1 });

    vi.setSystemTime(FIRST_MORNING_2027);
    expect(await shown(adult!.id)).toMatchObject({
      status: 'lapsed',
      recordedStatus: 'active',
      duesStanding: 'lapsed',
    });
    expect(await shown(payer!.id)).toMatchObject({ status: 'active', duesStanding: 'dueSoon' });
    expect(await shown(youth)).toMatchObject({ status: 'active' });
    const lapsed = valueOf(
      await office.call<MemberPage>('viewer', 'members.list', { status: 'lapsed', offset: 0, limit: 50 }),
    );
    expect(lapsed.rows.map((r) => r.id).sort()).toEqual([adult!.id, child!.id].sort());
    expect(valueOf(await office.call<MemberStats>('viewer', 'members.stats', {}))).toEqual({
      members: 4,
      byKind: { individual: 3, youth: 1, group: 0 },
      lapsed: 2,
    });
  });

  it('keeps the history through a transfer out and back, on the same membership', async () => {
    const office = await memberOffice(1);
    const [member] = await office.enrol([office.people[0]!.id]);
    expect(
      await office.call('clerk', 'members.setStatus', {
        id: member!.id,
        rowVersion: 1,
        status: 'transferred',
        date: '2026-05-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'MEMBER_TRANSFER_TO_REQUIRED' } });
    const out = valueOf(
      await office.call<MemberRow>('clerk', 'members.setStatus', {
        id: member!.id,
        rowVersion: 1,
        status: 'transferred',
        date: '2026-05-01',
        transferTo: '宿豫区红十字会',
      }),
    );
    expect(out).toMatchObject({ status: 'transferred', cardNumber: member!.cardNumber });
    expect(
      await office.call('clerk', 'members.dues.collect', { memberId: member!.id, year: 2026, paidDate: '2026-05-02' }),
    ).toMatchObject({ ok: false, error: { code: 'DUES_MEMBER_LEFT' } });
    valueOf(
      await office.call('clerk', 'members.setStatus', {
        id: member!.id,
        rowVersion: out.rowVersion,
        status: 'active',
        date: '2026-06-01',
      }),
    );
    const history = valueOf(await office.call<MemberStatusChange[]>('viewer', 'members.history', { id: member!.id }));
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.transferTo])).toEqual([
      ['active', 'transferred', '宿豫区红十字会'],
      ['transferred', 'active', null],
    ]);
    const page = valueOf(await office.call<MemberPage>('viewer', 'members.list', { offset: 0, limit: 50 }));
    expect(page.total).toBe(1);
  });
});
