// The stock card (物资台账): opening balance, each movement with its document, in, out, running balance,
// closing balance - and its running balance agrees with the balance query.
import { describe, expect, it } from 'vitest';
import { itemOnHand, onHand } from '@core/stock/balances';
import { stockCard } from '@core/stock/card';
import { createEvent } from '@core/stock/events';
import { reverseDocument } from '@core/stock/reversal';
import { stockOffice } from './stock-support';

describe('stock card', () => {
  it('runs from the opening balance through every movement to the closing balance that on hand shows', () => {
    const s = stockOffice();
    const flood = createEvent(s.keeper, {
      name: '2025年7月宿城区洪涝',
      kind: '洪涝',
      date: '2025-07-10',
      place: '宿城区',
    });
    const a = s.receive([{ itemId: s.quilt.id, quantity: 100 }], { documentDate: '2025-05-10' }).lines[0]!.lotId!;
    const b = s.receive([{ itemId: s.quilt.id, quantity: 40 }], {
      documentDate: '2025-07-02',
      sourceKind: 'allocation',
      allocationFrom: '宿迁市红十字会',
      donorId: null,
    }).lines[0]!.lotId!;
    s.approveAndPost(
      s.draft({ type: 'transfer', documentDate: '2025-07-05', toWarehouseId: s.branch.id }, [
        { itemId: s.quilt.id, lotId: a, quantity: 30 },
      ]).document.id,
    );
    const issue = s.approveAndPost(
      s.draft({ type: 'issue', documentDate: '2025-07-12', destinationKind: 'event', eventId: flood.id }, [
        { itemId: s.quilt.id, lotId: a, quantity: 50 },
        { itemId: s.quilt.id, lotId: b, quantity: 15 },
      ]).document.id,
    );
    s.approveAndPost(
      s.draft({ type: 'count', documentDate: '2025-07-31' }, [
        { itemId: s.quilt.id, lotId: b, countedQuantity: 23, reason: 'loss' },
      ]).document.id,
    );
    s.approveAndPost(reverseDocument(s.keeper, issue.document.id, '发放数量录错', '2025-08-01').document.id);

    const card = stockCard(s.keeper, {
      itemId: s.quilt.id,
      warehouseId: s.main.id,
      from: '2025-07-01',
      to: '2025-08-31',
    });
    expect(card.opening).toBe(100);
    expect(
      card.rows.map((r) => [
        r.documentDate,
        r.documentNumber.slice(0, 2),
        r.counterparty,
        r.reason,
        r.in,
        r.out,
        r.balance,
      ]),
    ).toEqual([
      ['2025-07-02', 'RK', '宿迁市红十字会', null, 40, 0, 140],
      ['2025-07-05', 'DB', '城南分库', null, 0, 30, 110],
      ['2025-07-12', 'CK', '2025年7月宿城区洪涝', null, 0, 50, 60],
      ['2025-07-12', 'CK', '2025年7月宿城区洪涝', null, 0, 15, 45],
      ['2025-07-31', 'PD', null, 'loss', 0, 2, 43],
      ['2025-08-01', 'CX', '2025年7月宿城区洪涝', null, 0, -50, 93],
      ['2025-08-01', 'CX', '2025年7月宿城区洪涝', null, 0, -15, 108],
    ]);
    expect(card.rows.filter((r) => r.reversal)).toHaveLength(2);
    expect([card.totalIn, card.totalOut, card.closing]).toEqual([40, 32, 108]);
    expect(card.closing).toBe(itemOnHand(s.keeper, s.quilt.id, s.main.id));
    expect(card.closing).toBe(
      onHand(s.keeper, { warehouseId: s.main.id, itemId: s.quilt.id }).reduce((sum, r) => sum + r.quantity, 0),
    );

    // All warehouses: the transfer moves nothing in total; the card of a range ending earlier closes where the next opens.
    const all = stockCard(s.keeper, { itemId: s.quilt.id, from: '2025-01-01', to: '2025-12-31' });
    expect(all.closing).toBe(itemOnHand(s.keeper, s.quilt.id));
    const july = stockCard(s.keeper, { itemId: s.quilt.id, from: '2025-07-01', to: '2025-07-31' });
    const august = stockCard(s.keeper, { itemId: s.quilt.id, from: '2025-08-01', to: '2025-08-31' });
    expect(august.opening).toBe(july.closing);
    // One lot's card.
    const lotB = stockCard(s.keeper, { itemId: s.quilt.id, lotId: b, from: '2025-01-01', to: '2025-12-31' });
    expect(lotB.rows.map((r) => r.balance)).toEqual([40, 25, 23, 38]);
    expect(lotB.closing).toBe(s.balance(b));
  });
});
