// Starting a stock count (盘点): a draft with one line per lot the warehouse holds, the book quantity
// shown and the counted quantity filled in with it, for the keeper to correct where the shelf differs.
import type { DocumentDetail, DocumentLineInput } from '../../api/stock';
import type { CoreContext } from '../context';
import { cachedStatement } from '../records/statements';
import { createDocument } from './documents/drafts';

export interface CountScope { warehouseId: string; documentDate: string; itemIds?: string[]; categoryId?: string }

export function startCount(ctx: CoreContext, scope: CountScope): DocumentDetail {
  const held = cachedStatement(ctx.store.sqlite, `SELECT b.item_id AS itemId, b.lot_id AS lotId, b.quantity, i.category_id AS categoryId
    FROM stock_balances b JOIN stock_items i ON i.id = b.item_id JOIN stock_lots l ON l.id = b.lot_id
    WHERE b.warehouse_id = ? AND b.quantity <> 0 ORDER BY i.code, l.expiry_date IS NULL, l.expiry_date, l.lot_number`)
    .all(scope.warehouseId) as { itemId: string; lotId: string; quantity: number; categoryId: string }[];
  const items = scope.itemIds ? new Set(scope.itemIds) : null;
  const lines: DocumentLineInput[] = held
    .filter((row) => (!items || items.has(row.itemId)) && (!scope.categoryId || row.categoryId === scope.categoryId))
    .map((row) => ({ itemId: row.itemId, lotId: row.lotId, countedQuantity: row.quantity }));
  return createDocument(ctx, { type: 'count', documentDate: scope.documentDate, warehouseId: scope.warehouseId }, lines);
}
