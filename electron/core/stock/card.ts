// The stock card (物资台账) of one item for a date range: the opening balance, every movement in
// document-date order (ties in posting order) with its document, who it came from or went to, in, out and
// the running balance, and the closing balance. Optionally for one warehouse or one lot.
import type { StockCard, StockCardRow } from '../../api/stock';
import type { CoreContext } from '../context';
import { cachedStatement } from '../people/statements';
import { getItem } from './items';

export interface StockCardQuery { itemId: string; warehouseId?: string; lotId?: string; from: string; to: string }

const ROWS_SQL = `SELECT m.id AS movementId, m.document_id AS documentId, d.number AS documentNumber, d.type AS documentType,
  m.document_date AS documentDate, m.kind, m.reversal, m.warehouse_id AS warehouseId, w.name AS warehouseName,
  m.lot_id AS lotId, l.lot_number AS lotNumber, l.expiry_date AS expiryDate, m.quantity, ln.reason,
  CASE m.kind
    WHEN 'receipt' THEN coalesce(dn.name, d.allocation_from, d.supplier)
    WHEN 'issue' THEN coalesce(p.name, e.name, d.destination_office, d.internal_use)
    WHEN 'transfer_out' THEN tw.name
    WHEN 'transfer_in' THEN fw.name
  END AS counterparty
  FROM stock_movements m
  JOIN stock_documents d ON d.id = m.document_id
  JOIN stock_document_lines ln ON ln.id = m.line_id
  JOIN stock_warehouses w ON w.id = m.warehouse_id
  JOIN stock_lots l ON l.id = m.lot_id
  LEFT JOIN stock_donors dn ON dn.id = l.donor_id
  LEFT JOIN people p ON p.id = coalesce(ln.household_person_id, d.household_person_id)
  LEFT JOIN stock_events e ON e.id = d.event_id
  LEFT JOIN stock_warehouses tw ON tw.id = d.to_warehouse_id
  LEFT JOIN stock_warehouses fw ON fw.id = d.warehouse_id`;

const FILTER = `m.item_id = @itemId AND m.voided = 0
  AND (@warehouseId IS NULL OR m.warehouse_id = @warehouseId) AND (@lotId IS NULL OR m.lot_id = @lotId)`;

/**
 * Which column a movement is written in. A reversal stays in its original's column with the sign turned
 * (红字冲销), so a reversed receipt shows as a negative receipt, not as an issue.
 */
function inward(kind: StockCardRow['kind'], reversal: boolean, quantity: number): boolean {
  if (kind === 'receipt' || kind === 'transfer_in') return true;
  if (kind === 'issue' || kind === 'transfer_out') return false;
  return reversal ? quantity < 0 : quantity > 0;
}

type StoredRow = Omit<StockCardRow, 'in' | 'out' | 'balance' | 'reversal'> & { quantity: number; reversal: number };

export function stockCard(ctx: CoreContext, query: StockCardQuery): StockCard {
  const item = getItem(ctx, query.itemId);
  const params = { itemId: query.itemId, warehouseId: query.warehouseId ?? null, lotId: query.lotId ?? null, from: query.from, to: query.to };
  const sqlite = ctx.store.sqlite;
  const opening = cachedStatement(sqlite, `SELECT coalesce(sum(m.quantity), 0) FROM stock_movements m
    WHERE ${FILTER} AND m.document_date < @from`).pluck().get(params) as number;
  const stored = cachedStatement(sqlite, `${ROWS_SQL} WHERE ${FILTER} AND m.document_date >= @from AND m.document_date <= @to
    ORDER BY m.document_date, m.seq`).all(params) as StoredRow[];
  let balance = opening;
  let totalIn = 0;
  let totalOut = 0;
  const rows = stored.map(({ quantity, reversal, ...row }): StockCardRow => {
    balance += quantity;
    const inQty = inward(row.kind, reversal === 1, quantity) ? quantity : 0;
    const outQty = inQty === 0 ? -quantity : 0;
    totalIn += inQty;
    totalOut += outQty;
    return { ...row, reversal: reversal === 1, in: inQty, out: outQty, balance };
  });
  return {
    itemId: item.id, itemCode: item.code, itemName: item.name, unit: item.unit, specification: item.specification,
    warehouseId: query.warehouseId ?? null, lotId: query.lotId ?? null, from: query.from, to: query.to,
    opening, rows, totalIn, totalOut, closing: balance,
  };
}
