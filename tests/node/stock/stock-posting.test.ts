// Posting: the ledger never goes below zero, a refused posting changes nothing, reversals restore exactly,
// locked months refuse posting.
import { describe, expect, it } from 'vitest';
import { onHand } from '@core/stock/balances';
import { getDocument } from '@core/stock/documents/read';
import { approveDocument } from '@core/stock/documents/workflow';
import { listMonthLocks, lockMonth, unlockMonth } from '@core/stock/months';
import { postDocument } from '@core/stock/posting/post';
import { reverseDocument } from '@core/stock/reversal';
import { errorOf, stockOffice } from './stock-support';

const count = (s: ReturnType<typeof stockOffice>, table: string) =>
  s.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('stock posting', () => {
  it('receives two lots and shows them on hand with donor, expiry and value', () => {
    const s = stockOffice();
    const posted = s.receive([
      { itemId: s.rice.id, lotNumber: 'L-A', expiryDate: '2099-03-31', quantity: 40, unitValue: 5200 },
      { itemId: s.quilt.id, quantity: 25 },
    ]);
    expect(posted.document.status).toBe('posted');
    expect(posted.document.approvedByName).toBe('user-approver');
    expect(posted.document.postedAt).not.toBeNull();
    const rows = onHand(s.keeper, { warehouseId: s.main.id });
    expect(rows.map((r) => [r.itemCode, r.lotNumber, r.expiryDate, r.quantity, r.value, r.donorName])).toEqual([
      ['MB001', null, null, 25, 25 * 8000, '宿迁爱心企业'],
      ['SP001', 'L-A', '2099-03-31', 40, 40 * 5200, '宿迁爱心企业'],
    ]);
  });

  it('refuses an issue beyond the balance with STOCK_INSUFFICIENT and changes nothing', () => {
    const s = stockOffice();
    const lot = s.receive([{ itemId: s.quilt.id, quantity: 10 }]).lines[0]!.lotId!;
    const issue = s.issueDraft([{ itemId: s.quilt.id, lotId: lot, quantity: 11 }]);
    approveDocument(s.approver, issue.document.id);
    const before = ['stock_movements', 'stock_lots', 'change_journal', 'audit_log'].map((t) => count(s, t));
    const error = errorOf(() => postDocument(s.keeper, issue.document.id));
    expect(error.code).toBe('STOCK_INSUFFICIENT');
    expect(error.details?.shortages).toEqual([
      expect.objectContaining({ lotId: lot, itemCode: 'MB001', available: 10, requested: 11 }),
    ]);
    expect(['stock_movements', 'stock_lots', 'change_journal', 'audit_log'].map((t) => count(s, t))).toEqual(before);
    expect(s.balance(lot)).toBe(10);
    expect(getDocument(s.keeper, issue.document.id).document.status).toBe('approved');
  });

  it('refuses posting into a locked month, and posts again once unlocked', () => {
    const s = stockOffice();
    const receipt = s.draft(
      { type: 'receipt', sourceKind: 'donation', donorId: s.donor.id, documentDate: '2025-05-20' },
      [{ itemId: s.quilt.id, quantity: 5 }],
    );
    approveDocument(s.approver, receipt.document.id);
    expect(errorOf(() => lockMonth(s.keeper, '2025-05')).code).toBe('APPROVER_REQUIRED');
    lockMonth(s.approver, '2025-05');
    const error = errorOf(() => postDocument(s.keeper, receipt.document.id));
    expect(error).toMatchObject({ code: 'MONTH_LOCKED', details: { month: '2025-05' } });
    expect(count(s, 'stock_movements')).toBe(0);
    unlockMonth(s.approver, '2025-05', '补录漏记入库单');
    expect(postDocument(s.keeper, receipt.document.id).document.status).toBe('posted');
  });

  it('month locks are cumulative: a lock closes every earlier month, and reopening a month reopens the later locks', () => {
    const s = stockOffice();
    const march = s.draft(
      { type: 'receipt', sourceKind: 'donation', donorId: s.donor.id, documentDate: '2025-03-10' },
      [{ itemId: s.quilt.id, quantity: 5 }],
    );
    approveDocument(s.approver, march.document.id);
    lockMonth(s.approver, '2025-05');
    expect(errorOf(() => postDocument(s.keeper, march.document.id))).toMatchObject({
      code: 'MONTH_LOCKED',
      details: { month: '2025-03', lockedThrough: '2025-05' },
    });
    expect(errorOf(() => lockMonth(s.approver, '2025-04'))).toMatchObject({
      code: 'MONTH_ALREADY_LOCKED',
      details: { lockedThrough: '2025-05' },
    });
    expect(count(s, 'stock_movements')).toBe(0);
    lockMonth(s.approver, '2025-06');
    unlockMonth(s.approver, '2025-05', '补录三月入库单');
    expect(listMonthLocks(s.keeper)).toEqual([]);
    expect(postDocument(s.keeper, march.document.id).document.status).toBe('posted');
    expect(errorOf(() => unlockMonth(s.approver, '2025-05', '再次解锁')).code).toBe('MONTH_NOT_LOCKED');
  });

  it('a reversal restores every balance exactly and references the original', () => {
    const s = stockOffice();
    const receipt = s.receive([
      { itemId: s.quilt.id, quantity: 30 },
      { itemId: s.rice.id, lotNumber: 'R1', expiryDate: '2099-01-01', quantity: 12 },
    ]);
    const [quiltLot, riceLot] = receipt.lines.map((l) => l.lotId!) as [string, string];
    const transfer = s.approveAndPost(
      s.draft({ type: 'transfer', toWarehouseId: s.branch.id }, [
        { itemId: s.quilt.id, lotId: quiltLot, quantity: 8 },
        { itemId: s.rice.id, lotId: riceLot, quantity: 2 },
      ]).document.id,
    );
    const before = onHand(s.keeper);
    const issue = s.approveAndPost(
      s.issueDraft([
        { itemId: s.quilt.id, lotId: quiltLot, quantity: 7 },
        { itemId: s.rice.id, lotId: riceLot, quantity: 10 },
      ]).document.id,
    );
    expect(s.balance(riceLot)).toBe(0);
    const reversal = reverseDocument(s.keeper, issue.document.id, '发放对象录错');
    expect(reversal.document).toMatchObject({
      type: 'reversal',
      status: 'draft',
      reversesDocumentId: issue.document.id,
      reversalReason: '发放对象录错',
    });
    s.approveAndPost(reversal.document.id);
    expect(onHand(s.keeper)).toEqual(before);
    expect(getDocument(s.keeper, issue.document.id).document.reversedByNumber).toBe(reversal.document.number);
    expect(errorOf(() => reverseDocument(s.keeper, issue.document.id, 'again')).code).toBe('DOCUMENT_ALREADY_REVERSED');
    expect(errorOf(() => reverseDocument(s.keeper, reversal.document.id, 'again')).code).toBe('DOCUMENT_IS_REVERSAL');
    // Reversing the transfer brings the branch's goods back to the main warehouse.
    s.approveAndPost(reverseDocument(s.keeper, transfer.document.id, '调拨取消').document.id);
    expect(s.balance(quiltLot, s.branch.id)).toBe(0);
    expect(s.balance(quiltLot)).toBe(30);
  });

  it('refuses a reversal that would take away goods already issued', () => {
    const s = stockOffice();
    const receipt = s.receive([{ itemId: s.quilt.id, quantity: 10 }]);
    s.approveAndPost(s.issueDraft([{ itemId: s.quilt.id, lotId: receipt.lines[0]!.lotId, quantity: 4 }]).document.id);
    const reversal = reverseDocument(s.keeper, receipt.document.id, '重复入库');
    approveDocument(s.approver, reversal.document.id);
    expect(errorOf(() => postDocument(s.keeper, reversal.document.id)).code).toBe('STOCK_INSUFFICIENT');
    expect(s.balance(receipt.lines[0]!.lotId!)).toBe(6);
  });
});
