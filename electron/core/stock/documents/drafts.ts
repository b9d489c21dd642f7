// Creating and editing draft documents. A draft's lines are replaced as a whole when edited (the old ones
// are voided, never deleted). Approved documents are withdrawn to draft before editing; posted ones never change.
import { and, eq } from 'drizzle-orm';
import type {
  DocumentDetail,
  DocumentHeaderInput,
  DocumentLineInput,
  DocumentLineRow,
  DocumentRow,
} from '@core/stock/contract';
import { stockDocumentLines, stockDocuments } from '@db/schema';
import { appendAudit } from '../../audit/chain';
import { nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecords, updateRecords, voidRecords } from '../../records/bulk';
import { voidRecord } from '../../records/write';
import { officeCodeOf } from '../office';
import { immediately } from '../transaction';
import { checkDocument, type CheckedLine, type HeaderFields } from './check';
import { nextDocumentNumber } from './numbers';
import { documentLines, findDocument, getDocument } from './read';
import { requireStatus, requireVersion } from './status';

const withDocument = (documentId: string, lines: readonly CheckedLine[]) =>
  lines.map((line) => ({ documentId, ...line }));

/** A new draft document with its lines; returns it as read back. */
export function createDocument(
  ctx: CoreContext,
  header: DocumentHeaderInput,
  lines: readonly DocumentLineInput[],
): DocumentDetail {
  return getDocument(ctx, createDraft(ctx, header, lines).id);
}

/** A new draft document with its lines, not read back: a campaign's thousand lines would be read three times over. */
export function createDraft(
  ctx: CoreContext,
  header: DocumentHeaderInput,
  lines: readonly DocumentLineInput[],
): { id: string; number: string } {
  const officeCode = officeCodeOf(ctx);
  return immediately(ctx.store.sqlite, () => {
    const checked = checkDocument(ctx, header.type, header, lines);
    const number = nextDocumentNumber(ctx, officeCode, header.type, header.documentDate);
    const [documentId] = insertRecords(ctx, stockDocuments, officeCode, [
      {
        number,
        type: header.type,
        status: 'draft',
        enteredAt: nowIso(ctx),
        ...checked.header,
        reversesDocumentId: null,
        reversalReason: null,
      },
    ]);
    insertRecords(ctx, stockDocumentLines, officeCode, withDocument(documentId!, checked.lines));
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'stock_documents',
      recordId: documentId!,
      after: { number, type: header.type, ...checked.header, lines: checked.lines.length },
    });
    return { id: documentId!, number };
  });
}

export function headerOf(doc: DocumentRow): HeaderFields {
  const {
    documentDate,
    warehouseId,
    toWarehouseId,
    sourceKind,
    donorId,
    allocationFrom,
    supplier,
    tenderRef,
    destinationKind,
    householdPersonId,
    eventId,
    destinationOffice,
    internalUse,
    campaignId,
    handledBy,
    notes,
  } = doc;
  return {
    documentDate,
    warehouseId,
    toWarehouseId,
    sourceKind,
    donorId,
    allocationFrom,
    supplier,
    tenderRef,
    destinationKind,
    householdPersonId,
    eventId,
    destinationOffice,
    internalUse,
    campaignId,
    handledBy,
    notes,
  };
}

export function lineInputOf(line: DocumentLineRow, lineDonorId: string | null): DocumentLineInput {
  return {
    itemId: line.itemId,
    lotId: line.lotId,
    locationId: line.locationId,
    lotNumber: line.lotNumber,
    expiryDate: line.expiryDate,
    unitValue: line.unitValue,
    donorId: lineDonorId,
    quantity: line.quantity,
    countedQuantity: line.countedQuantity,
    reason: line.reason,
    reasonNote: line.reasonNote,
    expiredOverrideReason: line.expiredOverrideReason,
    householdPersonId: line.householdPersonId,
    notes: line.notes,
  };
}

function storedLineDonors(ctx: CoreContext, documentId: string): Map<string, string | null> {
  const rows = ctx.store.orm
    .select({ id: stockDocumentLines.id, donorId: stockDocumentLines.donorId })
    .from(stockDocumentLines)
    .where(and(eq(stockDocumentLines.documentId, documentId), eq(stockDocumentLines.voided, false)))
    .all();
  return new Map(rows.map((r) => [r.id, r.donorId]));
}

/** Changes a draft's header fields and, when `lines` is given, replaces its lines. */
export function updateDocument(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: Partial<HeaderFields>,
  lines?: readonly DocumentLineInput[],
): DocumentDetail {
  const officeCode = officeCodeOf(ctx);
  immediately(ctx.store.sqlite, () => {
    const doc = findDocument(ctx, id);
    requireStatus(doc, 'draft');
    requireVersion(doc, rowVersion);
    if (doc.type === 'reversal')
      fail('DOCUMENT_INVALID', { issues: [{ line: null, field: 'type', code: 'REVERSAL_NOT_EDITABLE' }] });
    const current = documentLines(ctx, id);
    const donors = storedLineDonors(ctx, id);
    const newLines = lines ?? current.map((line) => lineInputOf(line, donors.get(line.id) ?? null));
    const checked = checkDocument(ctx, doc.type, { ...headerOf(doc), ...patch }, newLines);
    updateRecords(ctx, stockDocuments, [{ id, set: checked.header }]);
    voidRecords(
      ctx,
      stockDocumentLines,
      current.map((l) => l.id),
      'draft lines replaced',
    );
    insertRecords(ctx, stockDocumentLines, officeCode, withDocument(id, checked.lines));
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'stock_documents',
      recordId: id,
      before: { ...headerOf(doc), lines: current.length },
      after: { ...checked.header, lines: checked.lines.length },
    });
  });
  return getDocument(ctx, id);
}

/** Voids a draft or an approved document (posted ones are reversed instead). */
export function voidDocument(ctx: CoreContext, id: string, reason: string): DocumentDetail {
  immediately(ctx.store.sqlite, () => {
    const doc = findDocument(ctx, id);
    if (doc.status === 'approved') requireStatus(doc, 'approved');
    else requireStatus(doc, 'draft');
    voidRecord(ctx, stockDocuments, id, reason);
    voidRecords(
      ctx,
      stockDocumentLines,
      documentLines(ctx, id).map((l) => l.id),
      reason.trim(),
    );
  });
  return getDocument(ctx, id);
}
