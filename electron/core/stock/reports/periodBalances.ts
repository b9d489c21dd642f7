// A period's balance per item (期初结存, 本期接收, 本期发出, 盘点调整, 期末结存), in the item's own unit and in fen,
// so a public notice adds up: opening + received − issued + adjusted = closing. Every movement of the office
// counts: a reversal carries its original's kind with the opposite sign, so it nets against what it reverses;
// transfers between the office's own warehouses cancel out and are left out of the period's columns.
import type { DisclosureBalance } from '../../../api/stockReports';
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../records/statements';

export type PeriodBalance = Omit<DisclosureBalance, 'itemName' | 'specification' | 'unit'> & { itemId: string };

const BALANCES = `
  SELECT m.item_id AS itemId,
    SUM(CASE WHEN m.document_date < @from THEN m.quantity ELSE 0 END) AS opening,
    SUM(CASE WHEN m.document_date >= @from AND m.kind = 'receipt' THEN m.quantity ELSE 0 END) AS received,
    SUM(CASE WHEN m.document_date >= @from AND m.kind = 'issue' THEN -m.quantity ELSE 0 END) AS issued,
    SUM(CASE WHEN m.document_date >= @from AND m.kind IN ('count', 'adjustment') THEN m.quantity ELSE 0 END) AS adjusted,
    SUM(m.quantity) AS closing,
    SUM(CASE WHEN m.document_date < @from THEN m.quantity * l.unit_value ELSE 0 END) AS openingValue,
    SUM(CASE WHEN m.document_date >= @from AND m.kind = 'receipt' THEN m.quantity * l.unit_value ELSE 0 END) AS receivedValue,
    SUM(CASE WHEN m.document_date >= @from AND m.kind = 'issue' THEN -m.quantity * l.unit_value ELSE 0 END) AS issuedValue,
    SUM(CASE WHEN m.document_date >= @from AND m.kind IN ('count', 'adjustment') THEN m.quantity * l.unit_value ELSE 0 END) AS adjustedValue,
    SUM(m.quantity * l.unit_value) AS closingValue
  FROM stock_movements m JOIN stock_lots l ON l.id = m.lot_id
  WHERE m.office_code = @office AND m.voided = 0 AND m.document_date <= @to
  GROUP BY m.item_id`;

/** Items with anything to show in the period: a balance at either end or a movement within it. */
export function periodBalances(ctx: CoreContext, params: { office: string; from: string; to: string }): PeriodBalance[] {
  const rows = cachedStatement(ctx.store.sqlite, BALANCES).all(params) as PeriodBalance[];
  return rows.filter((row) => row.opening || row.received || row.issued || row.adjusted || row.closing);
}
