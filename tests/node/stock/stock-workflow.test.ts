// The document workflow: draft -> approved (approver only, name and time kept) -> posted (immutable);
// drafts are checked as a whole and numbered per type and year; the API refuses keepers' approvals.
import { describe, expect, it } from 'vitest';
import { updateDocument, voidDocument } from '@core/stock/documents/drafts';
import { getDocument, listDocuments } from '@core/stock/documents/read';
import { approveDocument, unapproveDocument } from '@core/stock/documents/workflow';
import { voidItem } from '@core/stock/items';
import { postDocument } from '@core/stock/posting/post';
import { voidWarehouse } from '@core/stock/warehouses';
import { ADMIN_PASSWORD, callerFor } from '../support';
import { errorOf, stockOffice } from './stock-support';

describe('stock document workflow', () => {
  it('only an approver approves; the approver and the time are kept; keepers post', () => {
    const s = stockOffice();
    const draft = s.draft(
      { type: 'receipt', sourceKind: 'purchase', supplier: '江苏某被服厂', tenderRef: 'ZB-2025-017' },
      [{ itemId: s.quilt.id, quantity: 100, unitValue: 7800 }],
    );
    expect(draft.document).toMatchObject({
      status: 'draft',
      number: 'RK-2025-000001',
      documentDate: '2025-06-01',
      supplier: '江苏某被服厂',
    });
    expect(draft.document.enteredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(errorOf(() => approveDocument(s.keeper, draft.document.id)).code).toBe('APPROVER_REQUIRED');
    expect(errorOf(() => postDocument(s.keeper, draft.document.id)).code).toBe('DOCUMENT_NOT_APPROVED');
    const approved = approveDocument(s.approver, draft.document.id, draft.document.rowVersion);
    expect(approved.document).toMatchObject({
      status: 'approved',
      approvedBy: 'user-approver',
      approvedByName: 'user-approver',
    });
    expect(approved.document.approvedAt).not.toBeNull();
    expect(
      errorOf(() => updateDocument(s.keeper, draft.document.id, approved.document.rowVersion, { notes: 'x' })).code,
    ).toBe('DOCUMENT_NOT_DRAFT');
    const posted = postDocument(s.keeper, draft.document.id);
    expect(posted.document).toMatchObject({ status: 'posted', postedBy: 'user-warehouse' });
    expect(posted.lines[0]!.lotId).not.toBeNull();
  });

  it('a posted document is immutable: no edit, no void, no second approval or posting', () => {
    const s = stockOffice();
    const posted = s.receive([{ itemId: s.quilt.id, quantity: 3 }]);
    const id = posted.document.id;
    expect(errorOf(() => updateDocument(s.keeper, id, posted.document.rowVersion, { notes: '改' })).code).toBe(
      'DOCUMENT_POSTED',
    );
    expect(errorOf(() => updateDocument(s.keeper, id, posted.document.rowVersion, {}, [])).code).toBe(
      'DOCUMENT_POSTED',
    );
    expect(errorOf(() => voidDocument(s.keeper, id, '录错')).code).toBe('DOCUMENT_POSTED');
    expect(errorOf(() => approveDocument(s.approver, id)).code).toBe('DOCUMENT_POSTED');
    expect(errorOf(() => unapproveDocument(s.approver, id)).code).toBe('DOCUMENT_POSTED');
    expect(errorOf(() => postDocument(s.keeper, id)).code).toBe('DOCUMENT_POSTED');
    expect(getDocument(s.keeper, id)).toEqual(posted);
  });

  it('drafts are edited as a whole, withdrawn approvals return to draft, voided drafts cannot go on', () => {
    const s = stockOffice();
    const draft = s.draft({ type: 'receipt', sourceKind: 'allocation', allocationFrom: '江苏省红十字会' }, [
      { itemId: s.quilt.id, quantity: 1 },
    ]);
    const edited = updateDocument(
      s.keeper,
      draft.document.id,
      draft.document.rowVersion,
      { documentDate: '2025-06-03' },
      [
        { itemId: s.quilt.id, quantity: 40 },
        { itemId: s.rice.id, quantity: 20, lotNumber: 'B7', expiryDate: '2099-05-01' },
      ],
    );
    expect(edited.lines.map((l) => [l.lineNo, l.itemCode, l.quantity, l.unitValue])).toEqual([
      [1, 'MB001', 40, 8000],
      [2, 'SP001', 20, 5000],
    ]);
    expect(edited.document).toMatchObject({
      documentDate: '2025-06-03',
      totalQuantity: 60,
      totalValue: 40 * 8000 + 20 * 5000,
    });
    expect(
      errorOf(() => updateDocument(s.keeper, draft.document.id, draft.document.rowVersion, { notes: 'stale' })).code,
    ).toBe('RECORD_CHANGED');
    approveDocument(s.approver, draft.document.id);
    const back = unapproveDocument(s.approver, draft.document.id);
    expect(back.document).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null });
    voidDocument(s.keeper, draft.document.id, '重复录入');
    expect(errorOf(() => approveDocument(s.approver, draft.document.id)).code).toBe('RECORD_VOIDED');
    expect(listDocuments(s.keeper, { offset: 0, limit: 10 }).total).toBe(0);
  });

  it('does not post into a warehouse or under an item voided since the draft was made', () => {
    const s = stockOffice();
    const draft = s.draft({ type: 'receipt', sourceKind: 'donation', donorId: s.donor.id, warehouseId: s.branch.id }, [
      { itemId: s.quilt.id, quantity: 4 },
    ]);
    approveDocument(s.approver, draft.document.id);
    voidWarehouse(s.keeper, s.branch.id, '分库撤销');
    expect(errorOf(() => postDocument(s.keeper, draft.document.id))).toMatchObject({
      code: 'NOT_FOUND',
      details: { what: 'warehouse', id: s.branch.id },
    });
    const rice = s.draft({ type: 'receipt', sourceKind: 'donation', donorId: s.donor.id }, [
      { itemId: s.rice.id, quantity: 4 },
    ]);
    approveDocument(s.approver, rice.document.id);
    voidItem(s.keeper, s.rice.id, '不再储备');
    expect(errorOf(() => postDocument(s.keeper, rice.document.id))).toMatchObject({
      code: 'NOT_FOUND',
      details: { what: 'item', id: s.rice.id },
    });
  });

  it('lists every problem of a draft at once', () => {
    const s = stockOffice();
    const error = errorOf(() =>
      s.draft({ type: 'issue', destinationKind: 'office', documentDate: '2198-01-01' }, [
        { itemId: s.quilt.id, quantity: 0 },
      ]),
    );
    expect(error.code).toBe('DOCUMENT_INVALID');
    expect(error.details?.issues).toEqual(
      expect.arrayContaining([
        { line: null, field: 'documentDate', code: 'DATE_FUTURE' },
        { line: null, field: 'destinationOffice', code: 'REQUIRED' },
        { line: 1, field: 'lotId', code: 'REQUIRED' },
        { line: 1, field: 'quantity', code: 'QUANTITY_POSITIVE' },
      ]),
    );
    const transfer = errorOf(() => s.draft({ type: 'transfer', toWarehouseId: s.main.id }, []));
    expect(transfer.details?.issues).toEqual([{ line: null, field: 'toWarehouseId', code: 'WAREHOUSE_SAME' }]);
    const donation = errorOf(() =>
      s.draft({ type: 'receipt', sourceKind: 'donation' }, [{ itemId: s.quilt.id, quantity: 2 }]),
    );
    expect(donation.details?.issues).toEqual([{ line: null, field: 'donorId', code: 'REQUIRED' }]);
  });

  it('through the API: keepers cannot approve, approvers approve, readers read', async () => {
    const s = stockOffice();
    s.addUser('keeper', ['warehouse']);
    s.addUser('head', ['approver']);
    s.addUser('viewer', ['viewer']);
    const router = s.backend.router;
    const login = async (username: string, password = 'password-123') => {
      const caller = callerFor(router, username);
      expect((await router.call('auth.login', { username, password }, caller)).ok).toBe(true);
      return (method: string, input: unknown) => router.call(method, input, caller);
    };
    const keeper = await login('keeper');
    const head = await login('head');
    const viewer = await login('viewer');
    await login('admin', ADMIN_PASSWORD);
    const created = await keeper('stock.documents.create', {
      header: {
        type: 'receipt',
        documentDate: '2025-07-01',
        warehouseId: s.main.id,
        sourceKind: 'donation',
        donorId: s.donor.id,
      },
      lines: [{ itemId: s.quilt.id, quantity: 12 }],
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const { document } = created.value as { document: { id: string; rowVersion: number } };
    expect(await keeper('stock.documents.approve', { id: document.id, rowVersion: document.rowVersion })).toMatchObject(
      { ok: false, error: { code: 'FORBIDDEN' } },
    );
    expect(await viewer('stock.documents.post', { id: document.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await head('stock.documents.approve', { id: document.id, rowVersion: document.rowVersion })).toMatchObject({
      ok: true,
      value: { document: { approvedByName: 'head' } },
    });
    expect(await keeper('stock.documents.post', { id: document.id })).toMatchObject({
      ok: true,
      value: { document: { status: 'posted', postedByName: 'keeper' } },
    });
    const onHand = await viewer('stock.onHand', { warehouseId: s.main.id });
    expect(onHand).toMatchObject({ ok: true, value: [{ itemCode: 'MB001', quantity: 12, donorName: '宿迁爱心企业' }] });
    expect(await head('stock.months.lock', { month: '2025-07' })).toMatchObject({
      ok: true,
      value: { month: '2025-07', lockedByName: 'head' },
    });
    expect(await keeper('stock.months.lock', { month: '2025-08' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
