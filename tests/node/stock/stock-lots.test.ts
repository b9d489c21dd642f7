// First-expiring-first-out and the expired-lot rule: the proposal takes the earliest expiry first and
// never an expired lot; issuing from an expired lot needs a reason on the line.
import { describe, expect, it } from 'vitest';
import { updateDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { availableLots, proposeLots } from '@core/stock/lots';
import { postDocument } from '@core/stock/posting/post';
import { errorOf, stockOffice } from './stock-support';

function riceLots(s: ReturnType<typeof stockOffice>) {
  const lines = s.receive(
    [
      { itemId: s.rice.id, lotNumber: 'LATE', expiryDate: '2026-09-30', quantity: 50 },
      { itemId: s.rice.id, lotNumber: 'NONE', quantity: 5 },
      { itemId: s.rice.id, lotNumber: 'OLD', expiryDate: '2025-03-31', quantity: 8 },
      { itemId: s.rice.id, lotNumber: 'SOON', expiryDate: '2025-12-31', quantity: 20 },
    ],
    { documentDate: '2025-02-01' },
  ).lines;
  return Object.fromEntries(lines.map((l) => [l.lotNumber!, l.lotId!]));
}

describe('stock lots: FEFO and expiry', () => {
  it('proposes the earliest expiry first, lots without expiry last, never an expired lot', () => {
    const s = stockOffice();
    riceLots(s);
    expect(availableLots(s.keeper, s.main.id, s.rice.id, '2025-06-01').map((l) => [l.lotNumber, l.expired])).toEqual([
      ['OLD', true],
      ['SOON', false],
      ['LATE', false],
      ['NONE', false],
    ]);
    const proposal = proposeLots(s.keeper, s.main.id, s.rice.id, 60, '2025-06-01');
    expect(proposal.picks.map((p) => [p.lotNumber, p.take])).toEqual([
      ['SOON', 20],
      ['LATE', 40],
    ]);
    expect(proposal.shortfall).toBe(0);
    expect(proposal.expired.map((l) => l.lotNumber)).toEqual(['OLD']);
    const all = proposeLots(s.keeper, s.main.id, s.rice.id, 100, '2025-06-01');
    expect(all.picks.map((p) => [p.lotNumber, p.take])).toEqual([
      ['SOON', 20],
      ['LATE', 50],
      ['NONE', 5],
    ]);
    expect(all.shortfall).toBe(25);
    // Before OLD expired it comes first.
    expect(
      proposeLots(s.keeper, s.main.id, s.rice.id, 10, '2025-03-31').picks.map((p) => [p.lotNumber, p.take]),
    ).toEqual([
      ['OLD', 8],
      ['SOON', 2],
    ]);
  });

  it('refuses an issue from an expired lot unless the line carries an override reason', () => {
    const s = stockOffice();
    const lots = riceLots(s);
    const error = errorOf(() =>
      s.issueDraft([{ itemId: s.rice.id, lotId: lots.OLD, quantity: 8 }], { documentDate: '2025-06-01' }),
    );
    expect(error).toMatchObject({
      code: 'LOT_EXPIRED',
      details: { lines: [{ line: 1, lotId: lots.OLD, lotNumber: 'OLD', expiryDate: '2025-03-31' }] },
    });
    const blank = errorOf(() =>
      s.issueDraft([{ itemId: s.rice.id, lotId: lots.OLD, quantity: 8, expiredOverrideReason: '   ' }], {
        documentDate: '2025-06-01',
      }),
    );
    expect(blank.code).toBe('LOT_EXPIRED');
    // The same lot on the day it expires is still good.
    expect(
      s.issueDraft([{ itemId: s.rice.id, lotId: lots.OLD, quantity: 1 }], { documentDate: '2025-03-31' }).document
        .status,
    ).toBe('draft');
    const issue = s.issueDraft(
      [{ itemId: s.rice.id, lotId: lots.OLD, quantity: 8, expiredOverrideReason: '过期大米用于饲料处理' }],
      { documentDate: '2025-06-01' },
    );
    expect(issue.lines[0]!.expiredOverrideReason).toBe('过期大米用于饲料处理');
    // Editing the draft back to no reason is refused too.
    expect(
      errorOf(() =>
        updateDocument(s.keeper, issue.document.id, issue.document.rowVersion, {}, [
          { itemId: s.rice.id, lotId: lots.OLD, quantity: 8 },
        ]),
      ).code,
    ).toBe('LOT_EXPIRED');
    approveDocument(s.approver, issue.document.id);
    postDocument(s.keeper, issue.document.id);
    expect(s.balance(lots.OLD!)).toBe(0);
  });

  it('refuses a lot of another item', () => {
    const s = stockOffice();
    const lots = riceLots(s);
    const error = errorOf(() => s.issueDraft([{ itemId: s.quilt.id, lotId: lots.SOON, quantity: 1 }]));
    expect(error).toMatchObject({
      code: 'DOCUMENT_INVALID',
      details: { issues: [{ line: 1, field: 'lotId', code: 'LOT_ITEM_MISMATCH' }] },
    });
  });
});
