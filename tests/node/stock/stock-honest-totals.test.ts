// Totals a clerk can publish: the disclosure's balance per item adds up (opening + received − issued + adjusted =
// closing) on a period with activity before it; the dashboard never adds 床 to 袋; a reversal counts against
// what it reverses.
import { describe, expect, it } from 'vitest';
import { onHand } from '@core/stock/balances';
import type { DocumentHeaderInput } from '@core/stock/contract';
import { approveDocument } from '@core/stock/documents/workflow';
import { postDocument } from '@core/stock/posting/post';
import { stockDashboard } from '@core/stock/reports/dashboard';
import { buildDisclosure } from '@core/stock/reports/disclosure';
import { reverseDocument } from '@core/stock/reversal';
import { stockOffice } from './stock-reports-support';

type Office = ReturnType<typeof stockOffice>;

function reverse(office: Office, id: string, date: string) {
  const reversal = reverseDocument(office.admin, id, '录错了', date);
  approveDocument(office.admin, reversal.document.id);
  return postDocument(office.admin, reversal.document.id);
}

function issue(office: Office, date: string, lines: { itemId: string; lotId: string; quantity: number }[]) {
  const header: DocumentHeaderInput = {
    type: 'issue',
    documentDate: date,
    warehouseId: office.warehouse.id,
    destinationKind: 'internal',
    internalUse: '演练',
  };
  return office.post(header, lines);
}

describe('the disclosure balance', () => {
  it('shows opening, received, issued and closing per item that add up, with activity before the period', () => {
    const office = stockOffice();
    const { quilt, rice, donorA } = office;
    // Before the period: 100 quilts and 50 rice in, 40 quilts out.
    const before = office.receive('2026-01-10', donorA.id, [
      { itemId: quilt.id, lotNumber: 'Q1', quantity: 100, unitValue: 8000 },
      { itemId: rice.id, lotNumber: 'R1', expiryDate: '2099-01-01', quantity: 50, unitValue: 5000 },
    ]);
    const [q1, r1] = before.lines.map((l) => l.lotId!) as [string, string];
    issue(office, '2026-01-20', [{ itemId: quilt.id, lotId: q1, quantity: 40 }]);
    // In the period (March): 10 quilts in, a wrong receipt of 7 rice reversed, 45 quilts out (more than came in), 2 rice lost in a count.
    office.receive('2026-03-02', donorA.id, [{ itemId: quilt.id, lotNumber: 'Q2', quantity: 10, unitValue: 8000 }]);
    const wrong = office.receive('2026-03-03', null, [
      { itemId: rice.id, lotNumber: 'R2', expiryDate: '2099-01-01', quantity: 7, unitValue: 5000 },
    ]);
    reverse(office, wrong.document.id, '2026-03-04');
    issue(office, '2026-03-05', [{ itemId: quilt.id, lotId: q1, quantity: 45 }]);
    office.post({ type: 'count', documentDate: '2026-03-06', warehouseId: office.warehouse.id }, [
      { itemId: rice.id, lotId: r1, countedQuantity: 48, reason: 'loss' },
    ]);
    // After the period: not on the notice.
    issue(office, '2026-04-02', [{ itemId: rice.id, lotId: r1, quantity: 5 }]);

    const notice = buildDisclosure(office.admin, { from: '2026-03-01', to: '2026-03-31' });
    const figures = notice.balances.map((b) => [
      b.itemName,
      b.unit,
      b.opening,
      b.received,
      b.issued,
      b.adjusted,
      b.closing,
    ]);
    expect(figures).toEqual([
      ['大米', '袋', 50, 0, 0, -2, 48],
      ['棉被', '床', 60, 10, 45, 0, 25],
    ]);
    for (const b of notice.balances) {
      expect(b.opening + b.received - b.issued + b.adjusted).toBe(b.closing);
      expect(b.openingValue + b.receivedValue - b.issuedValue + b.adjustedValue).toBe(b.closingValue);
    }
    // The closing balance is what the shelves held at the end of the period.
    const held = onHand(office.admin, {}).reduce(
      (sum, row) => sum + row.quantity * (row.itemId === quilt.id ? 1 : 0),
      0,
    );
    expect(notice.balances.find((b) => b.itemName === '棉被')!.closing).toBe(held);
    expect(notice.totals.balance).toEqual({
      opening: 60 * 8000 + 50 * 5000,
      received: 10 * 8000,
      issued: 45 * 8000,
      adjusted: -2 * 5000,
      closing: 25 * 8000 + 48 * 5000,
    });
  });
});

describe('the dashboard', () => {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  it('values the month in yuan, never adding different units, and nets reversals against what they reverse', () => {
    const office = stockOffice();
    const { quilt, rice, donorA } = office;
    const received = office.receive(today, donorA.id, [
      { itemId: quilt.id, lotNumber: 'Q', quantity: 10, unitValue: 8000 },
      { itemId: rice.id, lotNumber: 'R', expiryDate: '2099-01-01', quantity: 5, unitValue: 5000 },
    ]);
    const wrongReceipt = office.receive(today, null, [
      { itemId: rice.id, lotNumber: 'X', expiryDate: '2099-01-01', quantity: 4, unitValue: 5000 },
    ]);
    reverse(office, wrongReceipt.document.id, today);
    const quiltLot = received.lines[0]!.lotId!;
    issue(office, today, [{ itemId: quilt.id, lotId: quiltLot, quantity: 3 }]);
    const wrongIssue = issue(office, today, [{ itemId: quilt.id, lotId: quiltLot, quantity: 2 }]);
    reverse(office, wrongIssue.document.id, today);

    const { movements, valueByCategory } = stockDashboard(office.admin);
    // 10 床 × 80 + 5 袋 × 50 in; the reversed receipt is neither in nor out; the reversed issue is not out.
    expect(movements.inValue).toBe(105000);
    expect(movements.outValue).toBe(24000);
    expect(movements.byDay).toEqual([{ date: today, inValue: 105000, outValue: 24000 }]);
    // No figure anywhere on the dashboard adds quantities of different items.
    expect(Object.keys(movements)).not.toContain('inQuantity');
    expect(valueByCategory.map((c) => Object.keys(c).sort())).toEqual([
      ['categoryId', 'categoryName', 'items', 'value'],
      ['categoryId', 'categoryName', 'items', 'value'],
    ]);
  });
});
