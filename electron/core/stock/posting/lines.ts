// The stored lines of a document as posting needs them (raw columns, no display names).
import type { AdjustmentReason } from '@core/stock/contract';
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../records/statements';

export interface PostingLine {
  id: string;
  lineNo: number;
  itemId: string;
  lotId: string | null;
  lotNumber: string | null;
  expiryDate: string | null;
  unitValue: number | null;
  donorId: string | null;
  quantity: number;
  countedQuantity: number | null;
  reason: AdjustmentReason | null;
  expiredOverrideReason: string | null;
}

export function postingLines(ctx: CoreContext, documentId: string): PostingLine[] {
  return cachedStatement(
    ctx.store.sqlite,
    `SELECT id, line_no AS lineNo, item_id AS itemId, lot_id AS lotId,
    lot_number AS lotNumber, expiry_date AS expiryDate, unit_value AS unitValue, donor_id AS donorId, quantity,
    counted_quantity AS countedQuantity, reason, expired_override_reason AS expiredOverrideReason
    FROM stock_document_lines WHERE document_id = ? AND voided = 0 ORDER BY line_no`,
  ).all(documentId) as PostingLine[];
}
