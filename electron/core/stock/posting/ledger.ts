// Writes the planned movements to the append-only ledger (journalled records, numbered in posting order)
// and moves the balances, lot months and issued sums kept beside it, in the caller's posting transaction.
import type { DocumentRow } from '@core/stock/contract';
import { stockMovements } from '@db/schema';
import type { CoreContext } from '../../context';
import { insertRecords } from '../../records/bulk';
import { valueRead } from '../../records/reads';
import { cachedStatement } from '../../records/statements';
import { addIssued } from '../issuedSums';
import { moveLotMonths } from '../lotMonths';
import type { PlannedMovement } from './plan';

const LAST_SEQ = valueRead<number, [officeCode: string]>(
  'SELECT coalesce(max(seq), 0) FROM stock_movements WHERE office_code = ?',
);

export function writeLedger(ctx: CoreContext, doc: DocumentRow, movements: readonly PlannedMovement[]): void {
  const sqlite = ctx.store.sqlite;
  const first = (LAST_SEQ.on(sqlite).get(doc.officeCode) ?? 0) + 1;
  insertRecords(
    ctx,
    stockMovements,
    doc.officeCode,
    movements.map((m, i) => ({
      documentId: doc.id,
      lineId: m.lineId,
      kind: m.kind,
      warehouseId: m.warehouseId,
      itemId: m.itemId,
      lotId: m.lotId,
      quantity: m.quantity,
      documentDate: doc.documentDate,
      seq: first + i,
      reversal: m.reversal,
    })),
  );
  const move = cachedStatement(
    sqlite,
    `INSERT INTO stock_balances (office_code, warehouse_id, item_id, lot_id, quantity)
    VALUES (?, ?, ?, ?, ?) ON CONFLICT (warehouse_id, item_id, lot_id) DO UPDATE SET quantity = quantity + excluded.quantity`,
  );
  for (const m of netPerBalance(movements)) move.run(doc.officeCode, m.warehouseId, m.itemId, m.lotId, m.quantity);
  moveLotMonths(ctx, doc.officeCode, doc.documentDate, movements);
  if (doc.type === 'issue' || doc.type === 'reversal') addIssued(ctx, doc.id);
}

/** One change per balance row: a campaign's thousand lines draw on a few lots. */
function netPerBalance(movements: readonly PlannedMovement[]): PlannedMovement[] {
  const net = new Map<string, PlannedMovement>();
  for (const m of movements) {
    const key = `${m.warehouseId}\u0000${m.itemId}\u0000${m.lotId}`;
    const seen = net.get(key);
    if (seen) seen.quantity += m.quantity;
    else net.set(key, { ...m });
  }
  return [...net.values()];
}
