// Stock on hand per warehouse x item x lot, with expiry, donor and value, read from the balances kept at
// posting; and rebuilding those balances from the ledger (for a check, or after receiving a package).
import type { CoreContext } from '../context';
import { rowRead, valueRead } from '../records/reads';
import type { OnHandQuery, OnHandRow } from './contract';
import { rebuildIssued } from './issuedSums';
import { rebuildLotMonths } from './lotMonths';
import { readOfficeOf } from './office';

const ON_HAND_SQL = `SELECT b.office_code AS officeCode, b.warehouse_id AS warehouseId, w.code AS warehouseCode, w.name AS warehouseName,
  b.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.category_id AS categoryId, c.name AS categoryName,
  i.unit, i.specification, b.lot_id AS lotId, l.lot_number AS lotNumber, l.expiry_date AS expiryDate, l.unit_value AS unitValue,
  l.donor_id AS donorId, d.name AS donorName, l.source, l.received_date AS receivedDate,
  b.quantity, b.quantity * l.unit_value AS value
  FROM stock_balances b
  JOIN stock_warehouses w ON w.id = b.warehouse_id
  JOIN stock_items i ON i.id = b.item_id
  JOIN stock_categories c ON c.id = i.category_id
  JOIN stock_lots l ON l.id = b.lot_id
  LEFT JOIN stock_donors d ON d.id = l.donor_id`;

/** Lots with a non-zero balance, by office, warehouse, item code and expiry: never summed across offices or lots. */
export function onHand(ctx: CoreContext, query: OnHandQuery = {}): OnHandRow[] {
  const office = readOfficeOf(ctx, query.officeCode);
  const where = office === 'all' ? ['b.quantity <> 0'] : ['b.office_code = @office', 'b.quantity <> 0'];
  if (query.warehouseId) where.push('b.warehouse_id = @warehouseId');
  if (query.itemId) where.push('b.item_id = @itemId');
  if (query.categoryId) where.push('i.category_id = @categoryId');
  if (query.donorId) where.push('l.donor_id = @donorId');
  if (query.expiringBefore) where.push('l.expiry_date IS NOT NULL AND l.expiry_date < @expiringBefore');
  return rowRead<OnHandRow>(
    `${ON_HAND_SQL} WHERE ${where.join(' AND ')}
    ORDER BY b.office_code, w.code, i.code, l.expiry_date IS NULL, l.expiry_date, l.lot_number`,
  )
    .on(ctx.store.sqlite)
    .all({
      office,
      warehouseId: query.warehouseId ?? null,
      itemId: query.itemId ?? null,
      categoryId: query.categoryId ?? null,
      donorId: query.donorId ?? null,
      expiringBefore: query.expiringBefore ?? null,
    });
}

const ITEM_ON_HAND = valueRead<number>(
  `SELECT coalesce(sum(quantity), 0) FROM stock_balances
  WHERE item_id = @itemId AND (@warehouseId IS NULL OR warehouse_id = @warehouseId)`,
);
/** Balances that differ from the ledger's sums. */
const DIFFERING_BALANCES = valueRead<number>(
  `SELECT count(*) FROM (
  SELECT office_code, warehouse_id, item_id, lot_id, sum(quantity) AS q FROM stock_movements WHERE voided = 0 GROUP BY 1, 2, 3, 4) m
  FULL JOIN stock_balances b USING (office_code, warehouse_id, item_id, lot_id) WHERE coalesce(m.q, 0) <> coalesce(b.quantity, 0)`,
);

/** The on-hand quantity of an item (in one warehouse, or all). */
export function itemOnHand(ctx: CoreContext, itemId: string, warehouseId?: string): number {
  return ITEM_ON_HAND.on(ctx.store.sqlite).get({ itemId, warehouseId: warehouseId ?? null }) ?? 0;
}

/** Recomputes every balance (and lot month, and issued sum) from the ledger, in one transaction; returns how many balances differed. */
export function rebuildBalances(ctx: CoreContext): number {
  const sqlite = ctx.store.sqlite;
  return sqlite
    .transaction(() => {
      const differing = DIFFERING_BALANCES.on(sqlite).get() ?? 0;
      sqlite.prepare('DELETE FROM stock_balances').run();
      sqlite
        .prepare(
          `INSERT INTO stock_balances (office_code, warehouse_id, item_id, lot_id, quantity)
      SELECT office_code, warehouse_id, item_id, lot_id, sum(quantity) FROM stock_movements WHERE voided = 0 GROUP BY office_code, warehouse_id, item_id, lot_id`,
        )
        .run();
      rebuildLotMonths(sqlite);
      rebuildIssued(sqlite);
      return differing;
    })
    .immediate();
}
