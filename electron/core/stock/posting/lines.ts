// The stored lines of a document as posting needs them (raw columns, no display names).
import type { stockDocumentLines } from '@db/schema';
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';

export type PostingLine = Pick<
  typeof stockDocumentLines.$inferSelect,
  | 'id'
  | 'lineNo'
  | 'itemId'
  | 'lotId'
  | 'lotNumber'
  | 'expiryDate'
  | 'unitValue'
  | 'donorId'
  | 'quantity'
  | 'countedQuantity'
  | 'reason'
  | 'expiredOverrideReason'
>;

const POSTING_LINES = rowRead<PostingLine, [documentId: string]>(
  `SELECT id, line_no AS lineNo, item_id AS itemId, lot_id AS lotId,
  lot_number AS lotNumber, expiry_date AS expiryDate, unit_value AS unitValue, donor_id AS donorId, quantity,
  counted_quantity AS countedQuantity, reason, expired_override_reason AS expiredOverrideReason
  FROM stock_document_lines WHERE document_id = ? AND voided = 0 ORDER BY line_no`,
);

export const postingLines = (ctx: CoreContext, documentId: string): PostingLine[] =>
  POSTING_LINES.on(ctx.store.sqlite).all(documentId);
