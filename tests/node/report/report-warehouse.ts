// A county warehouse with one item (棉被, 80 元) for the report's tests: documents posted as a keeper and an approver
// post them, reversals approved and posted like any document.
import type { CoreContext } from '@core/context';
import { listCategories } from '@core/stock/categories';
import type { DocumentDetail, DocumentHeaderInput, DocumentLineInput } from '@core/stock/contract';
import { createDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { createItem } from '@core/stock/items';
import { postDocument } from '@core/stock/posting/post';
import { reverseDocument } from '@core/stock/reversal';
import { createWarehouse } from '@core/stock/warehouses';

export const QUILT_FEN = 8000;

export function reportWarehouse(keeper: CoreContext, approver: CoreContext) {
  const quilts = listCategories(keeper).find((c) => c.name === '棉被')!;
  const warehouse = createWarehouse(keeper, { code: 'CK01', name: '县备灾仓库' });
  const item = createItem(keeper, {
    code: 'MB001',
    name: '棉被',
    categoryId: quilts.id,
    unit: '床',
    unitValue: QUILT_FEN,
  });
  const post = (header: Omit<DocumentHeaderInput, 'warehouseId'>, lines: DocumentLineInput[]): DocumentDetail => {
    const draft = createDocument(keeper, { warehouseId: warehouse.id, ...header }, lines);
    approveDocument(approver, draft.document.id);
    return postDocument(keeper, draft.document.id);
  };
  /** A purchase (or, given, another source) of `quantity` quilts at `unitValue` fen. */
  const receive = (
    documentDate: string,
    quantity: number,
    source: Partial<DocumentHeaderInput> = { sourceKind: 'purchase', supplier: '厂家' },
    unitValue = QUILT_FEN,
  ) => post({ type: 'receipt', documentDate, ...source }, [{ itemId: item.id, quantity, unitValue }]);
  /** Quilts from the lot a receipt made, to a person of a household (or, given, another destination). */
  const issue = (
    from: DocumentDetail,
    documentDate: string,
    quantity: number,
    destination: Partial<DocumentHeaderInput>,
  ) =>
    post({ type: 'issue', documentDate, ...destination }, [
      { itemId: item.id, lotId: from.lines[0]!.lotId!, quantity },
    ]);
  const issueTo = (personId: string, documentDate: string, from: DocumentDetail, quantity = 1) =>
    issue(from, documentDate, quantity, { destinationKind: 'household', householdPersonId: personId });
  const reverse = (doc: DocumentDetail, date: string) => {
    const reversal = reverseDocument(keeper, doc.document.id, '录入有误', date);
    approveDocument(approver, reversal.document.id);
    postDocument(keeper, reversal.document.id);
  };
  return { receive, issue, issueTo, reverse };
}
