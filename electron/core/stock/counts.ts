// Starting a stock count (盘点): a draft with one line per lot the warehouse holds and its book quantity.
// The counted quantity starts empty: a pre-filled one invites approving what nobody counted, so a count
// with an untyped line can be saved but not approved or posted (COUNT_NOT_TYPED names the lines).
import type { stockBalances } from '@db/schema';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { rowRead, valueRead } from '../records/reads';
import type { DocumentDetail, DocumentLineInput } from './contract';
import { createDocument } from './documents/drafts';

export interface CountScope {
  warehouseId: string;
  documentDate: string;
  itemIds?: string[];
  categoryId?: string;
}

/** What a warehouse holds, by item and lot, in the order a count sheet lists it. */
const HELD = rowRead<
  Pick<typeof stockBalances.$inferSelect, 'itemId' | 'lotId' | 'quantity'> & { categoryId: string },
  [warehouseId: string]
>(
  `SELECT b.item_id AS itemId, b.lot_id AS lotId, b.quantity, i.category_id AS categoryId
  FROM stock_balances b JOIN stock_items i ON i.id = b.item_id JOIN stock_lots l ON l.id = b.lot_id
  WHERE b.warehouse_id = ? AND b.quantity <> 0 ORDER BY i.code, l.expiry_date IS NULL, l.expiry_date, l.lot_number`,
);
const UNCOUNTED_LINE_NOS = valueRead<number, [documentId: string]>(
  `SELECT line_no FROM stock_document_lines
  WHERE document_id = ? AND voided = 0 AND counted_quantity IS NULL ORDER BY line_no`,
);

export function startCount(ctx: CoreContext, scope: CountScope): DocumentDetail {
  const held = HELD.on(ctx.store.sqlite).all(scope.warehouseId);
  const items = scope.itemIds ? new Set(scope.itemIds) : null;
  const lines: DocumentLineInput[] = held
    .filter((row) => (!items || items.has(row.itemId)) && (!scope.categoryId || row.categoryId === scope.categoryId))
    .map((row) => ({ itemId: row.itemId, lotId: row.lotId, countedQuantity: null }));
  return createDocument(
    ctx,
    { type: 'count', documentDate: scope.documentDate, warehouseId: scope.warehouseId },
    lines,
  );
}

/** Refuses a count whose lines are not all counted, naming them by line number. */
export function requireCounted(ctx: CoreContext, doc: { id: string; type: string; number: string }): void {
  if (doc.type !== 'count') return;
  const untyped = UNCOUNTED_LINE_NOS.on(ctx.store.sqlite).all(doc.id);
  if (untyped.length) fail('COUNT_NOT_TYPED', { number: doc.number, lineNos: untyped.join('、') });
}
