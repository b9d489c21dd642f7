// Starting a stock count (盘点): a draft with one line per lot the warehouse holds and its book quantity.
// The counted quantity starts empty: a pre-filled one invites approving what nobody counted, so a count
// with an untyped line can be saved but not approved or posted (COUNT_NOT_TYPED names the lines).
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { cachedStatement } from '../records/statements';
import type { DocumentDetail, DocumentLineInput } from './contract';
import { createDocument } from './documents/drafts';

export interface CountScope {
  warehouseId: string;
  documentDate: string;
  itemIds?: string[];
  categoryId?: string;
}

export function startCount(ctx: CoreContext, scope: CountScope): DocumentDetail {
  const held = cachedStatement(
    ctx.store.sqlite,
    `SELECT b.item_id AS itemId, b.lot_id AS lotId, b.quantity, i.category_id AS categoryId
    FROM stock_balances b JOIN stock_items i ON i.id = b.item_id JOIN stock_lots l ON l.id = b.lot_id
    WHERE b.warehouse_id = ? AND b.quantity <> 0 ORDER BY i.code, l.expiry_date IS NULL, l.expiry_date, l.lot_number`,
  ).all(scope.warehouseId) as { itemId: string; lotId: string; quantity: number; categoryId: string }[];
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
  const untyped = cachedStatement(
    ctx.store.sqlite,
    `SELECT line_no AS lineNo FROM stock_document_lines
    WHERE document_id = ? AND voided = 0 AND counted_quantity IS NULL ORDER BY line_no`,
  ).all(doc.id) as { lineNo: number }[];
  if (untyped.length)
    fail('COUNT_NOT_TYPED', { number: doc.number, lineNos: untyped.map((row) => row.lineNo).join('、') });
}
