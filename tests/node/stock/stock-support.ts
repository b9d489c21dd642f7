// Stock test support: an office with two warehouses, a donor, items, and short ways to receive, issue and post.
import type { CoreContext } from '@core/context';
import { onHand } from '@core/stock/balances';
import { listCategories } from '@core/stock/categories';
import type { DocumentHeaderInput, DocumentLineInput } from '@core/stock/contract';
import { createDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { createDonor } from '@core/stock/donors';
import { createItem } from '@core/stock/items';
import { postDocument } from '@core/stock/posting/post';
import { createWarehouse } from '@core/stock/warehouses';
import { officeBackend } from '../support';

export function stockOffice() {
  const office = officeBackend();
  const keeper = office.as(['warehouse'], 'stock.test');
  const approver = office.as(['approver'], 'stock.test');
  const categories = listCategories(keeper);
  const food = categories.find((c) => c.name === '食品')!;
  const quilts = categories.find((c) => c.name === '棉被')!;
  const main = createWarehouse(keeper, { code: 'CK01', name: '县备灾仓库' });
  const branch = createWarehouse(keeper, { code: 'CK02', name: '城南分库' });
  const donor = createDonor(keeper, { kind: 'organisation', name: '宿迁爱心企业', anonymous: false });
  const quilt = createItem(keeper, { code: 'MB001', name: '棉被', categoryId: quilts.id, unit: '床', unitValue: 8000 });
  const rice = createItem(keeper, {
    code: 'SP001',
    name: '大米 10kg',
    categoryId: food.id,
    unit: '袋',
    unitValue: 5000,
    shelfLifeMonths: 12,
  });

  const approveAndPost = (id: string, by: CoreContext = keeper) => {
    approveDocument(approver, id);
    return postDocument(by, id);
  };
  const draft = (
    header: Partial<DocumentHeaderInput> & Pick<DocumentHeaderInput, 'type'>,
    lines: DocumentLineInput[],
  ) => createDocument(keeper, { documentDate: '2025-06-01', warehouseId: main.id, ...header }, lines);
  /** A posted donation from `donor` into the main warehouse; returns the lines (with their new lots). */
  const receive = (lines: DocumentLineInput[], header: Partial<DocumentHeaderInput> = {}) =>
    approveAndPost(draft({ type: 'receipt', sourceKind: 'donation', donorId: donor.id, ...header }, lines).document.id);
  const issueDraft = (lines: DocumentLineInput[], header: Partial<DocumentHeaderInput> = {}) =>
    draft({ type: 'issue', destinationKind: 'internal', internalUse: '应急演练', ...header }, lines);
  const balance = (lotId: string, warehouseId = main.id) =>
    onHand(keeper, { warehouseId }).find((row) => row.lotId === lotId)?.quantity ?? 0;
  return {
    ...office,
    keeper,
    approver,
    main,
    branch,
    donor,
    quilt,
    rice,
    approveAndPost,
    draft,
    receive,
    issueDraft,
    balance,
  };
}

/** One item received into a new warehouse 'A' and posted by `head` (keeper and approver at once), e.g. 300 tents. */
export function receivedStock(
  head: CoreContext,
  item: { code: string; name: string; unit: string; unitValue: number },
  quantity: number,
) {
  const created = createItem(head, { ...item, categoryId: listCategories(head)[0]!.id });
  const warehouse = createWarehouse(head, { code: 'A', name: '县库' });
  const receipt = createDocument(
    head,
    {
      type: 'receipt',
      documentDate: '2025-01-05',
      warehouseId: warehouse.id,
      sourceKind: 'purchase',
      supplier: '厂家',
    },
    [{ itemId: created.id, quantity }],
  );
  approveDocument(head, receipt.document.id);
  postDocument(head, receipt.document.id);
  return { item: created, warehouse };
}

/** The AppError code a call fails with (or 'no error'). */
export function errorOf(call: () => unknown): { code: string; details?: Record<string, unknown> } {
  try {
    call();
  } catch (error) {
    return error as { code: string; details?: Record<string, unknown> };
  }
  return { code: 'no error' };
}
