// The document rules the form and the core share (rules/stockDocuments.ts): a donation names a donor for every
// line, from the header or per line; a counted line that differs from the book needs its reason when saved, and
// again when posted if the balance moved in between; a document date is one the date field takes.
import { describe, expect, it } from 'vitest';
import { startCount } from '@core/stock/counts';
import { updateDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { createDonor } from '@core/stock/donors';
import { postDocument } from '@core/stock/posting/post';
import { errorOf, stockOffice } from './stock-support';

const donorMissing = {
  code: 'DOCUMENT_INVALID',
  details: { issues: [{ line: null, field: 'donorId', code: 'REQUIRED' }] },
};

describe('shared stock document rules', () => {
  it('takes a donation whose every line names its donor, and refuses one line without', () => {
    const s = stockOffice();
    const other = createDonor(s.keeper, { kind: 'person', name: '李四', anonymous: false });
    const joint = s.draft({ type: 'receipt', sourceKind: 'donation' }, [
      { itemId: s.quilt.id, quantity: 10, donorId: s.donor.id },
      { itemId: s.rice.id, quantity: 5, donorId: other.id },
    ]);
    expect(joint.lines.map((line) => line.donorName)).toEqual(['宿迁爱心企业', '李四']);
    expect(
      errorOf(() =>
        s.draft({ type: 'receipt', sourceKind: 'donation' }, [
          { itemId: s.quilt.id, quantity: 10, donorId: s.donor.id },
          { itemId: s.rice.id, quantity: 5 },
        ]),
      ),
    ).toMatchObject(donorMissing);
    expect(errorOf(() => s.draft({ type: 'receipt', sourceKind: 'donation' }, []))).toMatchObject(donorMissing);
    const headed = s.draft({ type: 'receipt', sourceKind: 'donation', donorId: s.donor.id }, [
      { itemId: s.rice.id, quantity: 5, donorId: other.id },
    ]);
    expect(headed.lines.map((line) => line.donorName)).toEqual(['李四']);
  });

  it('asks for the reason of a counted difference when the count is saved', () => {
    const s = stockOffice();
    s.receive([{ itemId: s.quilt.id, quantity: 60 }]);
    const count = startCount(s.keeper, { warehouseId: s.main.id, documentDate: '2025-06-30' });
    const line = { itemId: s.quilt.id, lotId: count.lines[0]!.lotId };
    const save = (lines: object[]) =>
      updateDocument(s.keeper, count.document.id, count.document.rowVersion, {}, lines as never);
    expect(errorOf(() => save([{ ...line, countedQuantity: 58 }]))).toMatchObject({
      code: 'DOCUMENT_INVALID',
      details: { issues: [{ line: 1, field: 'reason', code: 'REQUIRED' }] },
    });
    expect(
      errorOf(() =>
        save([
          { ...line, countedQuantity: 60 },
          { itemId: s.quilt.id, countedQuantity: 3, lotNumber: '无标签' },
        ]),
      ),
    ).toMatchObject({
      code: 'DOCUMENT_INVALID',
      details: { issues: [{ line: 2, field: 'reason', code: 'REQUIRED' }] },
    });
    const saved = save([
      { ...line, countedQuantity: 58, reason: 'loss' },
      { itemId: s.quilt.id, countedQuantity: null },
    ]);
    expect(saved.lines.map((l) => [l.bookQuantity, l.countedQuantity, l.reason])).toEqual([
      [60, 58, 'loss'],
      [null, null, null],
    ]);
  });

  it('asks again at posting when the balance moved after the count was saved', () => {
    const s = stockOffice();
    const lotId = s.receive([{ itemId: s.quilt.id, quantity: 60 }]).lines[0]!.lotId!;
    const count = startCount(s.keeper, { warehouseId: s.main.id, documentDate: '2025-06-30' });
    const saved = updateDocument(s.keeper, count.document.id, count.document.rowVersion, {}, [
      { itemId: s.quilt.id, lotId, countedQuantity: 60 },
    ]);
    s.approveAndPost(s.issueDraft([{ itemId: s.quilt.id, lotId, quantity: 4 }]).document.id);
    approveDocument(s.approver, saved.document.id);
    expect(errorOf(() => postDocument(s.keeper, saved.document.id))).toMatchObject({
      code: 'DOCUMENT_INVALID',
      details: { issues: [{ line: 1, field: 'reason', code: 'REQUIRED' }] },
    });
    expect(s.balance(lotId)).toBe(56);
  });

  it('refuses a document date the date field refuses', () => {
    const s = stockOffice();
    expect(
      errorOf(() =>
        s.draft({ type: 'receipt', sourceKind: 'purchase', supplier: '厂家', documentDate: '1949-12-31' }, [
          { itemId: s.quilt.id, quantity: 1 },
        ]),
      ),
    ).toMatchObject({
      code: 'DOCUMENT_INVALID',
      details: { issues: [{ line: null, field: 'documentDate', code: 'DATE_INVALID' }] },
    });
    expect(
      errorOf(() =>
        s.draft({ type: 'receipt', sourceKind: 'purchase', supplier: '厂家', documentDate: '2024-02-30' }, [
          { itemId: s.quilt.id, quantity: 1 },
        ]),
      ),
    ).toMatchObject({ details: { issues: [{ line: null, field: 'documentDate', code: 'DATE_INVALID' }] } });
  });
});
