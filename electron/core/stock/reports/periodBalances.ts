// A period's balance per item (期初结存, 本期接收, 本期发出, 盘点调整, 期末结存), in the item's own unit and in fen,
// so a public notice adds up: opening + received − issued + adjusted = closing. Every movement of the office
// counts: a reversal carries its original's kind with the opposite sign, so it nets against what it reverses;
// transfers between the office's own warehouses cancel out and are left out of the period's columns.
import type { DisclosureBalance } from '../../../api/stockReports';
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../records/statements';

export type PeriodBalance = Omit<DisclosureBalance, 'itemName' | 'specification' | 'unit'> & { itemId: string };

// Summed per lot first, from the stock card's covering index alone (items are the office's own, so the office is
// found through them), then valued once per lot: a lot has one unit value, and joining every movement to its
// lot cost more than the sums themselves.
const BALANCES = `
  WITH per_lot AS (
    SELECT m.item_id AS itemId, m.lot_id AS lotId,
      SUM(CASE WHEN m.document_date < @from THEN m.quantity ELSE 0 END) AS opening,
      SUM(CASE WHEN m.document_date >= @from AND m.kind = 'receipt' THEN m.quantity ELSE 0 END) AS received,
      SUM(CASE WHEN m.document_date >= @from AND m.kind = 'issue' THEN -m.quantity ELSE 0 END) AS issued,
      SUM(CASE WHEN m.document_date >= @from AND m.kind IN ('count', 'adjustment') THEN m.quantity ELSE 0 END) AS adjusted,
      SUM(m.quantity) AS closing
    FROM stock_items i JOIN stock_movements m INDEXED BY stock_movements_card ON m.item_id = i.id
    WHERE i.office_code = @office AND m.voided = 0 AND m.document_date <= @to
    GROUP BY m.item_id, m.lot_id)
  SELECT p.itemId, SUM(p.opening) AS opening, SUM(p.received) AS received, SUM(p.issued) AS issued,
    SUM(p.adjusted) AS adjusted, SUM(p.closing) AS closing,
    SUM(p.opening * l.unit_value) AS openingValue, SUM(p.received * l.unit_value) AS receivedValue,
    SUM(p.issued * l.unit_value) AS issuedValue, SUM(p.adjusted * l.unit_value) AS adjustedValue,
    SUM(p.closing * l.unit_value) AS closingValue
  FROM per_lot p JOIN stock_lots l ON l.id = p.lotId
  GROUP BY p.itemId`;

/** Items with anything to show in the period: a balance at either end or a movement within it. */
export function periodBalances(ctx: CoreContext, params: { office: string; from: string; to: string }): PeriodBalance[] {
  const rows = cachedStatement(ctx.store.sqlite, BALANCES).all(params) as PeriodBalance[];
  return rows.filter((row) => row.opening || row.received || row.issued || row.adjusted || row.closing);
}
