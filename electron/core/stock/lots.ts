// The lots of an item a warehouse holds, and the first-expiring-first-out proposal for an issue:
// earliest expiry first, lots without expiry last, older receipts before newer. Lots expired by the
// document date are never proposed; they are listed apart (taking one needs an override reason).
import type { CoreContext } from '../context';
import { rowRead } from '../records/reads';
import type { LotBalance, LotProposal } from './contract';
import { localToday } from './office';

const LOTS_HELD = rowRead<Omit<LotBalance, 'expired'>, [warehouseId: string, itemId: string]>(
  `SELECT l.id AS lotId, l.lot_number AS lotNumber, l.expiry_date AS expiryDate,
  l.unit_value AS unitValue, l.donor_id AS donorId, d.name AS donorName, l.source, l.received_date AS receivedDate,
  b.quantity AS available
  FROM stock_balances b JOIN stock_lots l ON l.id = b.lot_id LEFT JOIN stock_donors d ON d.id = l.donor_id
  WHERE b.warehouse_id = ? AND b.item_id = ? AND b.quantity > 0
  ORDER BY l.expiry_date IS NULL, l.expiry_date, l.received_date, l.lot_number, l.id`,
);

export function availableLots(
  ctx: CoreContext,
  warehouseId: string,
  itemId: string,
  asOf = localToday(ctx),
): LotBalance[] {
  const rows = LOTS_HELD.on(ctx.store.sqlite).all(warehouseId, itemId);
  return rows.map((row) => ({ ...row, expired: row.expiryDate !== null && row.expiryDate < asOf }));
}

export function proposeLots(
  ctx: CoreContext,
  warehouseId: string,
  itemId: string,
  quantity: number,
  asOf = localToday(ctx),
): LotProposal {
  const lots = availableLots(ctx, warehouseId, itemId, asOf);
  let remaining = quantity;
  const picks: LotProposal['picks'] = [];
  for (const lot of lots) {
    if (lot.expired || remaining === 0) continue;
    const take = Math.min(lot.available, remaining);
    picks.push({ ...lot, take });
    remaining -= take;
  }
  return { itemId, warehouseId, quantity, picks, shortfall: remaining, expired: lots.filter((lot) => lot.expired) };
}
