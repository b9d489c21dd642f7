// The warehouse tables travel in packages, in an order where every record comes after the records it
// points at (a document line after its document and lot, a movement after its line). stock_balances is
// derived and does not travel: the city keeps it from the movements it receives.
import type { CoreContext } from '../context';
import { registerExchangeTable, type ReceiveDecision } from '../exchange/registry';
import type { ExchangeRecord } from '../exchange/types';
import { cachedStatement } from '../records/statements';

const TABLES = [
  'stock_categories', 'stock_items', 'stock_warehouses', 'stock_locations', 'stock_quotas', 'stock_donors', 'stock_events',
  'stock_documents', 'stock_lots', 'stock_document_lines', 'stock_movements', 'stock_month_locks',
] as const;

/**
 * City side: sets the balance of the movement's warehouse x item x lot to the movements already stored plus
 * this one. Computed, not incremented, so applying the same record twice (a retried write) gives the same balance.
 */
export function receiveMovement(ctx: CoreContext, record: ExchangeRecord): ReceiveDecision {
  const f = record.fields;
  const key = [f['warehouse_id'], f['item_id'], f['lot_id']];
  const stored = cachedStatement(ctx.store.sqlite, `SELECT coalesce(sum(quantity), 0) FROM stock_movements
    WHERE warehouse_id = ? AND item_id = ? AND lot_id = ? AND voided = 0 AND id <> ?`).pluck().get(...key, record.id) as number;
  const quantity = stored + (record.voided ? 0 : Number(f['quantity']));
  cachedStatement(ctx.store.sqlite, `INSERT INTO stock_balances (office_code, warehouse_id, item_id, lot_id, quantity) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (warehouse_id, item_id, lot_id) DO UPDATE SET quantity = excluded.quantity`).run(record.officeCode, ...key, quantity);
  return { action: 'apply' };
}

for (const name of TABLES) registerExchangeTable(name === 'stock_movements' ? { name, onReceive: receiveMovement } : { name });
