// The donor of a donated lot stays with the goods through transfers and counts, so the city can ask
// where donor X's goods went; a count finds differences and turns them into adjustments with a reason.
import { describe, expect, it } from 'vitest';
import { onHand } from '@core/stock/balances';
import { startCount } from '@core/stock/counts';
import { updateDocument } from '@core/stock/documents/drafts';
import { createDonor } from '@core/stock/donors';
import { errorOf, stockOffice } from './stock-support';

describe('donor and counts', () => {
  it('keeps the donor of a lot through a transfer and a count', () => {
    const s = stockOffice();
    const person = createDonor(s.keeper, { kind: 'person', name: '张三', anonymous: true });
    const receipt = s.receive([
      { itemId: s.quilt.id, quantity: 60 },
      { itemId: s.rice.id, quantity: 30, lotNumber: 'P1', expiryDate: '2099-01-01', donorId: person.id },
    ]);
    const [quiltLot, riceLot] = receipt.lines.map((l) => l.lotId!) as [string, string];
    expect(receipt.lines.map((l) => l.donorName)).toEqual(['宿迁爱心企业', '张三']);
    s.approveAndPost(
      s.draft({ type: 'transfer', toWarehouseId: s.branch.id }, [
        { itemId: s.quilt.id, lotId: quiltLot, quantity: 20 },
        { itemId: s.rice.id, lotId: riceLot, quantity: 30 },
      ]).document.id,
    );

    const count = startCount(s.keeper, { warehouseId: s.branch.id, documentDate: '2025-06-30' });
    expect(count.lines.map((l) => [l.itemCode, l.bookQuantity, l.countedQuantity])).toEqual([
      ['MB001', 20, null],
      ['SP001', 30, null],
    ]);
    const lines = count.lines.map((l) => ({ itemId: l.itemId, lotId: l.lotId, countedQuantity: l.countedQuantity }));
    lines[0]!.countedQuantity = 18;
    lines[1]!.countedQuantity = 30;
    // 18 counted where the book says 20: the save asks for the reason, as the form does.
    expect(
      errorOf(() =>
        updateDocument(s.keeper, count.document.id, count.document.rowVersion, {}, [
          ...lines,
          { itemId: s.quilt.id, countedQuantity: 2, lotNumber: '无标签', reason: 'surplus' },
        ]),
      ),
    ).toMatchObject({
      code: 'DOCUMENT_INVALID',
      details: { issues: [{ line: 1, field: 'reason', code: 'REQUIRED' }] },
    });
    const withReason = updateDocument(s.keeper, count.document.id, count.document.rowVersion, {}, [
      { ...lines[0]!, reason: 'loss', reasonNote: '受潮霉变' },
      lines[1]!,
      { itemId: s.quilt.id, countedQuantity: 2, lotNumber: '无标签', reason: 'surplus' },
    ]);
    const posted = s.approveAndPost(withReason.document.id);
    expect(posted.lines.map((l) => [l.bookQuantity, l.countedQuantity, l.quantity, l.reason])).toEqual([
      [20, 18, -2, 'loss'],
      [30, 30, 0, null],
      [0, 2, 2, 'surplus'],
    ]);

    const branch = onHand(s.keeper, { warehouseId: s.branch.id });
    expect(branch.map((r) => [r.itemCode, r.lotNumber, r.quantity, r.donorName, r.source])).toEqual([
      ['MB001', null, 18, '宿迁爱心企业', 'donation'],
      ['MB001', '无标签', 2, null, 'count'],
      ['SP001', 'P1', 30, '张三', 'donation'],
    ]);
    // Where did the company's goods go: 40 still in the main warehouse, 18 in the branch.
    expect(onHand(s.keeper, { donorId: s.donor.id }).map((r) => [r.warehouseName, r.quantity])).toEqual([
      ['县备灾仓库', 40],
      ['城南分库', 18],
    ]);
  });
});
