// Correcting a posted document: a reversal document references the original, copies its lines, and when
// posted negates exactly the movements the original wrote, so every balance returns to what it was.
// It goes through approval like any document; an original is reversed at most once.
import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import { stockDocumentLines, stockDocuments } from '@db/schema';
import { appendAudit } from '../audit/chain';
import { nowIso, type CoreContext } from '../context';
import { fail } from '../errors';
import { insertRecords } from '../records/bulk';
import { RECORD_KEYS } from '../records/meta';
import { requireOwnRecord } from '../records/write';
import type { DocumentDetail } from './contract';
import { nextDocumentNumber } from './documents/numbers';
import { findDocument, getDocument } from './documents/read';
import { requireStatus } from './documents/status';
import { localToday, officeCodeOf } from './office';
import { immediately } from './transaction';

/** Every field of a line but its document: the reversal's lines are the original's, in a new document. */
const { documentId: _, ...lineFields } = getTableColumns(stockDocumentLines);
const COPIED_LINE_FIELDS = omit(lineFields, RECORD_KEYS);

const headerColumns = getTableColumns(stockDocuments);
const COPIED_HEADER_FIELDS = pick(headerColumns, [
  'warehouseId',
  'toWarehouseId',
  'sourceKind',
  'donorId',
  'allocationFrom',
  'supplier',
  'tenderRef',
  'destinationKind',
  'householdPersonId',
  'eventId',
  'destinationOffice',
  'internalUse',
  'campaignId',
  'handledBy',
]);

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}

function omit<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(from).filter(([key]) => !keys.includes(key as K))) as Omit<T, K>;
}

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
    const orm = ctx.store.orm;
    const header = orm.select(COPIED_HEADER_FIELDS).from(stockDocuments).where(eq(stockDocuments.id, id)).get()!;
    const number = nextDocumentNumber(ctx, officeCode, 'reversal', documentDate);
    const [newId] = insertRecords(ctx, stockDocuments, officeCode, [
      {
        number,
        type: 'reversal',
        status: 'draft',
        documentDate,
        enteredAt: nowIso(ctx),
        ...header,
        notes: null,
        reversesDocumentId: id,
        reversalReason: reason.trim(),
      },
    ]);
    const lines = orm
      .select(COPIED_LINE_FIELDS)
      .from(stockDocumentLines)
      .where(and(eq(stockDocumentLines.documentId, id), eq(stockDocumentLines.voided, false)))
      .orderBy(asc(stockDocumentLines.lineNo))
      .all();
    insertRecords(
      ctx,
      stockDocumentLines,
      officeCode,
      lines.map((line) => ({ documentId: newId!, ...line })),
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
