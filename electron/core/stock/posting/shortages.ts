// The rule the ledger never breaks: no warehouse x item x lot balance below zero. Checked against the
// balances inside the posting's immediate transaction, so no other connection can change them in between.
import type { ShortageDetail } from '@core/stock/contract';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead } from '../../records/reads';
import { bookQuantity } from '../documents/check';
import type { PlannedMovement } from './plan';

/** Fails STOCK_INSUFFICIENT with every lot that would go below zero, what it holds and what was asked. */
const NAMES = rowRead<
  Pick<ShortageDetail, 'warehouseName' | 'itemCode' | 'itemName' | 'lotNumber'>,
  [warehouseId: string, itemId: string, lotId: string]
>(
  `SELECT w.name AS warehouseName, i.code AS itemCode, i.name AS itemName,
  l.lot_number AS lotNumber FROM stock_warehouses w, stock_items i, stock_lots l WHERE w.id = ? AND i.id = ? AND l.id = ?`,
);

export function refuseShortages(ctx: CoreContext, movements: readonly PlannedMovement[]): void {
  const net = new Map<string, { warehouseId: string; itemId: string; lotId: string; delta: number; drawn: number }>();
  for (const m of movements) {
    const key = `${m.warehouseId}|${m.itemId}|${m.lotId}`;
    const entry = net.get(key) ?? { warehouseId: m.warehouseId, itemId: m.itemId, lotId: m.lotId, delta: 0, drawn: 0 };
    entry.delta += m.quantity;
    if (m.quantity < 0) entry.drawn -= m.quantity;
    net.set(key, entry);
  }
  const shortages: ShortageDetail[] = [];
  const describe = NAMES.on(ctx.store.sqlite);
  for (const e of net.values()) {
    if (e.delta >= 0) continue;
    const available = bookQuantity(ctx, e.warehouseId, e.itemId, e.lotId);
    if (available + e.delta >= 0) continue;
    const names = describe.get(e.warehouseId, e.itemId, e.lotId)!;
    shortages.push({
      warehouseId: e.warehouseId,
      itemId: e.itemId,
      lotId: e.lotId,
      ...names,
      available,
      requested: e.drawn,
    });
  }
  if (shortages.length > 0) fail('STOCK_INSUFFICIENT', { shortages });
}
