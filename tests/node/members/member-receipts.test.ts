// Collecting a class's dues as the 收会费 screen does: the ticked members only, a few at their own amount (a youth
// member who gives less), on one receipt with its list or on a receipt each; the receipts read back as they print
// (one number, or the run of a collection); the lists to call (about to lapse, lapsed) and the class/unit choices.
import { describe, expect, it } from 'vitest';
import type { DuesReceipt, MemberToCall, ReceiptSheet } from '@core/members/dues/contract';
import type { MemberFacets, MemberPage, MemberRow } from '@core/members/roster/contract';
import { valueOf } from '../volunteers/volunteer-support';
import { memberOffice } from './member-support';

const CLASS = { kind: 'youth', school: '实验小学', className: '三(2)班' };

describe('dues collected from the 收会费 screen', () => {
  it('collects the ticked members, each at their own amount or the cap, on one receipt with its list', async () => {
    const office = await memberOffice(5);
    const youth = await office.enrol(
      office.people.slice(0, 4).map((p) => p.id),
      CLASS,
    );
    const input = {
      year: 2026,
      paidDate: '2026-03-02',
      memberIds: youth.slice(0, 3).map((m) => m.id),
      amounts: [{ memberId: youth[1]!.id, amountFen: 200 }],
    };
    const receipt = valueOf(await office.call<DuesReceipt>('clerk', 'members.dues.collectBatch', input));
    expect(receipt).toMatchObject({
      receiptNumber: '321302-2026-00001',
      lastReceiptNumber: '321302-2026-00001',
      count: 3,
      totalFen: 1_200,
    });
    const [sheet] = valueOf(
      await office.call<ReceiptSheet[]>('viewer', 'members.dues.receipts', { first: receipt.receiptNumber }),
    );
    expect(sheet).toMatchObject({ receiptNumber: '321302-2026-00001', paidDate: '2026-03-02', totalFen: 1_200 });
    expect(sheet!.lines.map((l) => [l.cardNumber, l.amountFen, l.className]).sort()).toEqual(
      [
        [youth[0]!.cardNumber, 500, '三(2)班'],
        [youth[1]!.cardNumber, 200, '三(2)班'],
        [youth[2]!.cardNumber, 500, '三(2)班'],
      ].sort(),
    );
    const unpaid = valueOf(
      await office.call<MemberPage>('viewer', 'members.list', {
        ...CLASS,
        duesPaid: { year: 2026, paid: false },
        offset: 0,
        limit: 10,
      }),
    );
    expect(unpaid.rows.map((r) => r.id)).toEqual([youth[3]!.id]);
    const paid = valueOf(await office.call<MemberRow>('viewer', 'members.get', { id: youth[1]!.id }));
    expect(paid.duesPaid).toEqual([{ year: 2026, amountFen: 200 }]);

    expect(
      await office.call('clerk', 'members.dues.collectBatch', {
        ...input,
        memberIds: [youth[3]!.id],
        amounts: [{ memberId: youth[3]!.id, amountFen: 600 }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'DUES_OVER_CAP' } });
    expect(await office.call('viewer', 'members.dues.receipts', { first: '321302-2026-00002' })).toMatchObject({
      ok: false,
      error: { code: 'RECEIPT_NOT_FOUND' },
    });
  });

  it('gives each member a receipt of their own when asked, and prints the run of them', async () => {
    const office = await memberOffice(4);
    const youth = await office.enrol(
      office.people.map((p) => p.id),
      CLASS,
    );
    const receipt = valueOf(
      await office.call<DuesReceipt>('clerk', 'members.dues.collectBatch', {
        year: 2026,
        paidDate: '2026-03-02',
        school: CLASS.school,
        className: CLASS.className,
        receiptPer: 'member',
      }),
    );
    expect(receipt).toMatchObject({
      receiptNumber: '321302-2026-00001',
      lastReceiptNumber: '321302-2026-00004',
      count: 4,
      totalFen: 2_000,
    });
    expect(new Set(receipt.dues.map((d) => d.receiptNumber)).size).toBe(4);
    const sheets = valueOf(
      await office.call<ReceiptSheet[]>('viewer', 'members.dues.receipts', {
        first: receipt.receiptNumber,
        last: receipt.lastReceiptNumber,
      }),
    );
    expect(sheets.map((s) => [s.receiptNumber, s.lines.length, s.totalFen])).toEqual([
      ['321302-2026-00001', 1, 500],
      ['321302-2026-00002', 1, 500],
      ['321302-2026-00003', 1, 500],
      ['321302-2026-00004', 1, 500],
    ]);
    expect(sheets.flatMap((s) => s.lines.map((l) => l.memberId)).sort()).toEqual(youth.map((m) => m.id).sort());
    expect(
      await office.call('viewer', 'members.dues.receipts', {
        first: '321302-2026-00004',
        last: '321302-2025-00009',
      }),
    ).toMatchObject({ ok: false, error: { code: 'RECEIPT_NOT_FOUND' } });
  });

  it('lists who to call and who lapsed, and the classes and units a collection picks from', async () => {
    const office = await memberOffice(4);
    const [dueSoon, lapsed, payer] = await office.enrol(
      office.people.slice(0, 3).map((p) => p.id),
      { joinDate: '2020-01-01' },
    );
    const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
    const collect = (memberId: string, y: number) =>
      office.call('clerk', 'members.dues.collect', { memberId, year: y, paidDate: `${year}-01-01` });
    valueOf(await collect(dueSoon!.id, year - 2));
    valueOf(await collect(payer!.id, year - 1));
    await office.enrol([office.people[3]!.id], CLASS);
    const unit = valueOf(
      await office.call<MemberRow>('clerk', 'members.create', {
        kind: 'group',
        unitName: '宿城区第一中学',
        headcount: 120,
        joinDate: `${year}-01-02`,
      }),
    );

    const toCall = (list: string) =>
      office.call<MemberToCall[]>('viewer', 'members.dues.toCall', { list }).then((r) => valueOf(r).map((m) => m.id));
    expect(await toCall('dueSoon')).toEqual([dueSoon!.id]);
    expect(await toCall('lapsed')).toEqual([lapsed!.id]);
    const soonPage = valueOf(
      await office.call<MemberPage>('viewer', 'members.list', { standing: 'dueSoon', offset: 0, limit: 10 }),
    );
    expect(soonPage.rows.map((r) => r.id)).toEqual([dueSoon!.id]);

    const facets = valueOf(await office.call<MemberFacets>('viewer', 'members.facets', {}));
    expect(facets.schools).toEqual([{ school: '实验小学', classes: [{ className: '三(2)班', members: 1 }] }]);
    expect(facets.units).toContainEqual({ unit: '宿城区第一中学', members: 1 });
    const ofUnit = valueOf(
      await office.call<MemberPage>('viewer', 'members.list', { unit: '宿城区第一中学', offset: 0, limit: 10 }),
    );
    expect(ofUnit.rows.map((r) => r.id)).toEqual([unit.id]);
  });
});
