// What a draft named may have been voided before it is posted (a warehouse closed, an item dropped from the
// catalog): posting re-checks, so no goods land in a voided warehouse or under a voided item.
import type { DocumentRow } from '@core/stock/contract';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { valueRead } from '../../records/reads';

const WAREHOUSE_VOIDED = valueRead<number, [warehouseId: string]>('SELECT voided FROM stock_warehouses WHERE id = ?');
const VOIDED_ITEM = valueRead<string, [documentId: string]>(
  `SELECT l.item_id FROM stock_document_lines l JOIN stock_items i ON i.id = l.item_id
  WHERE l.document_id = ? AND l.voided = 0 AND i.voided = 1 LIMIT 1`,
);

export function refuseVoidedReferences(ctx: CoreContext, doc: DocumentRow): void {
  const warehouseVoided = WAREHOUSE_VOIDED.on(ctx.store.sqlite);
  for (const id of [doc.warehouseId, doc.toWarehouseId]) {
    if (id && warehouseVoided.get(id) !== 0) fail('NOT_FOUND', { what: 'warehouse', id });
  }
  const item = VOIDED_ITEM.on(ctx.store.sqlite).get(doc.id);
  if (item) fail('NOT_FOUND', { what: 'item', id: item });
}
