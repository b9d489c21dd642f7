// A stock count's counted quantity starts empty and must be typed: a half-counted draft can be saved,
// but approving or posting it is refused with the lines that still need counting.
import { describe, expect, it } from 'vitest';
import { startCount } from '@core/stock/counts';
import { updateDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { errorOf, stockOffice } from './stock-support';

describe('a count must be counted', () => {
  it('starts with empty counted quantities and refuses approval naming the untyped lines', () => {
    const s = stockOffice();
    s.receive([
      { itemId: s.quilt.id, quantity: 60 },
      { itemId: s.rice.id, quantity: 30, lotNumber: 'P1', expiryDate: '2099-01-01' },
    ]);
    const count = startCount(s.keeper, { warehouseId: s.main.id, documentDate: '2025-06-30' });
    expect(count.lines.map((l) => [l.bookQuantity, l.countedQuantity])).toEqual([
      [60, null],
      [30, null],
    ]);

    expect(errorOf(() => approveDocument(s.approver, count.document.id))).toMatchObject({
      code: 'COUNT_NOT_TYPED',
      details: { number: count.document.number, lineNos: '1、2' },
    });
    const lines = count.lines.map((l) => ({ itemId: l.itemId, lotId: l.lotId, countedQuantity: l.countedQuantity }));
    lines[0]!.countedQuantity = 60;
    const half = updateDocument(s.keeper, count.document.id, count.document.rowVersion, {}, lines);
    expect(half.lines.map((l) => l.countedQuantity)).toEqual([60, null]);
    expect(errorOf(() => approveDocument(s.approver, half.document.id))).toMatchObject({
      code: 'COUNT_NOT_TYPED',
      details: { lineNos: '2' },
    });

    lines[1]!.countedQuantity = 30;
    const counted = updateDocument(s.keeper, half.document.id, half.document.rowVersion, {}, lines);
    const posted = s.approveAndPost(counted.document.id);
    expect(posted.document.status).toBe('posted');
    expect(posted.lines.map((l) => l.quantity)).toEqual([0, 0]);
  });
});
