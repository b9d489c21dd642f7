// Correcting a posted document: a reversal document references the original, copies its lines, and when
// posted negates exactly the movements the original wrote, so every balance returns to what it was.
// It goes through approval like any document; an original is reversed at most once.
import type { DocumentDetail } from '../../api/stock';
import { appendAudit } from '../audit/chain';
import { nowIso, type CoreContext } from '../context';
import { fail } from '../errors';
import { cachedStatement } from '../records/statements';
import { requireOwnRecord } from '../records/write';
import { insertRecords } from './bulk';
import { nextDocumentNumber } from './documents/numbers';
import { findDocument, getDocument } from './documents/read';
import { requireStatus } from './documents/status';
import { localToday, officeCodeOf } from './office';
import { immediately } from './transaction';

const COPIED_LINE_COLUMNS = `item_id, lot_id, location_id, lot_number, expiry_date, unit_value, donor_id, quantity, counted_quantity,
  book_quantity, reason, reason_note, expired_override_reason, household_person_id, notes`;

const COPIED_HEADER_COLUMNS = `warehouse_id, to_warehouse_id, source_kind, donor_id, allocation_from, supplier, tender_ref,
  destination_kind, household_person_id, event_id, destination_office, internal_use, campaign_id, handled_by`;

export function reverseDocument(
  ctx: CoreContext,
  id: string,
  reason: string,
  documentDate = localToday(ctx),
): DocumentDetail {
  const officeCode = officeCodeOf(ctx);
  const reversalId = immediately(ctx.store.sqlite, () => {
    const original = findDocument(ctx, id);
    requireOwnRecord(ctx, original.officeCode);
    requireStatus(original, 'posted');
    if (original.type === 'reversal') fail('DOCUMENT_IS_REVERSAL', { id, number: original.number });
    if (original.reversedByDocumentId) {
      fail('DOCUMENT_ALREADY_REVERSED', {
        id,
        reversalId: original.reversedByDocumentId,
        reversalNumber: original.reversedByNumber,
      });
    }
    if (documentDate > localToday(ctx))
      fail('DOCUMENT_INVALID', { issues: [{ line: null, field: 'documentDate', code: 'DATE_FUTURE' }] });
    if (documentDate < original.documentDate) {
      fail('DOCUMENT_INVALID', { issues: [{ line: null, field: 'documentDate', code: 'DATE_BEFORE_ORIGINAL' }] });
    }
    const sqlite = ctx.store.sqlite;
    const header = cachedStatement(sqlite, `SELECT ${COPIED_HEADER_COLUMNS} FROM stock_documents WHERE id = ?`).get(
      id,
    ) as Record<string, string | null>;
    const number = nextDocumentNumber(ctx, officeCode, 'reversal', documentDate);
    const [newId] = insertRecords(ctx, 'stock_documents', officeCode, [
      {
        number,
        type: 'reversal',
        status: 'draft',
        document_date: documentDate,
        entered_at: nowIso(ctx),
        ...header,
        notes: null,
        reverses_document_id: id,
        reversal_reason: reason.trim(),
      },
    ]);
    const lines = cachedStatement(
      sqlite,
      `SELECT line_no, ${COPIED_LINE_COLUMNS} FROM stock_document_lines
      WHERE document_id = ? AND voided = 0 ORDER BY line_no`,
    ).all(id) as Record<string, string | number | null>[];
    insertRecords(
      ctx,
      'stock_document_lines',
      officeCode,
      lines.map((line) => ({ document_id: newId!, ...line })),
    );
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'stock_documents',
      recordId: newId!,
      after: { number, type: 'reversal', reverses: original.number, reason: reason.trim(), documentDate },
    });
    return newId!;
  });
  return getDocument(ctx, reversalId);
}
