// What a document does to the ledger, per type: the signed movements of each line. Receipts (and goods a
// count finds that no lot holds) create their lots here; a count's difference is taken against the balance
// at the moment of posting; a reversal negates exactly the movements the original wrote.
import type { DocumentIssue, DocumentRow, LotSource, MovementKind } from '@core/stock/contract';
import { stockDocumentLines, stockLots } from '@db/schema';
import { countLacksReason } from '@rules/stockDocuments';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecords, updateRecords } from '../../records/bulk';
import { rowRead } from '../../records/reads';
import { bookQuantity } from '../documents/check';
import type { PostingLine } from './lines';

export interface PlannedMovement {
  lineId: string;
  kind: MovementKind;
  warehouseId: string;
  itemId: string;
  lotId: string;
  quantity: number;
  reversal: boolean;
}

/** Lots for lines that bring goods no lot holds yet; the lines are pointed at them. */
function createLots(ctx: CoreContext, doc: DocumentRow, lines: readonly PostingLine[], source: LotSource): string[] {
  const ids = insertRecords(
    ctx,
    stockLots,
    doc.officeCode,
    lines.map((line) => ({
      itemId: line.itemId,
      lotNumber: line.lotNumber,
      expiryDate: line.expiryDate,
      unitValue: line.unitValue ?? 0,
      donorId: source === 'count' ? null : (line.donorId ?? doc.donorId),
      source,
      receivedDate: doc.documentDate,
      documentId: doc.id,
    })),
  );
  updateRecords(
    ctx,
    stockDocumentLines,
    lines.map((line, i) => ({ id: line.id, set: { lotId: ids[i]! } })),
  );
  return ids;
}

function planReceipt(ctx: CoreContext, doc: DocumentRow, lines: readonly PostingLine[]): PlannedMovement[] {
  const lots = createLots(ctx, doc, lines, doc.sourceKind ?? 'other');
  return lines.map((line, i) => ({
    lineId: line.id,
    kind: 'receipt',
    warehouseId: doc.warehouseId,
    itemId: line.itemId,
    lotId: lots[i]!,
    quantity: line.quantity,
    reversal: false,
  }));
}

function planCount(ctx: CoreContext, doc: DocumentRow, lines: readonly PostingLine[]): PlannedMovement[] {
  const found = lines.filter((line) => !line.lotId);
  const foundLots = new Map(createLots(ctx, doc, found, 'count').map((lotId, i) => [found[i]!.id, lotId]));
  const issues: DocumentIssue[] = [];
  const movements: PlannedMovement[] = [];
  const changes = lines.map((line) => {
    const lotId = line.lotId ?? foundLots.get(line.id)!;
    const book = line.lotId ? bookQuantity(ctx, doc.warehouseId, line.itemId, lotId) : 0;
    const difference = (line.countedQuantity ?? 0) - book;
    if (countLacksReason({ countedQuantity: line.countedQuantity ?? 0, bookQuantity: book, reason: line.reason })) {
      issues.push({ line: line.lineNo, field: 'reason', code: 'REQUIRED' });
    }
    if (difference !== 0) {
      movements.push({
        lineId: line.id,
        kind: 'count',
        warehouseId: doc.warehouseId,
        itemId: line.itemId,
        lotId,
        quantity: difference,
        reversal: false,
      });
    }
    return { id: line.id, set: { bookQuantity: book, quantity: difference } };
  });
  if (issues.length > 0) fail('DOCUMENT_INVALID', { issues });
  updateRecords(ctx, stockDocumentLines, changes);
  return movements;
}

const REVERSED_MOVEMENTS = rowRead<Omit<PlannedMovement, 'lineId' | 'reversal'> & { lineNo: number }>(
  `SELECT l.line_no AS lineNo, m.kind, m.warehouse_id AS warehouseId,
  m.item_id AS itemId, m.lot_id AS lotId, m.quantity FROM stock_movements m JOIN stock_document_lines l ON l.id = m.line_id
  WHERE m.document_id = ? AND m.voided = 0 ORDER BY m.seq`,
);

function planReversal(ctx: CoreContext, doc: DocumentRow, lines: readonly PostingLine[]): PlannedMovement[] {
  const lineByNo = new Map(lines.map((line) => [line.lineNo, line.id]));
  const original = REVERSED_MOVEMENTS.on(ctx.store.sqlite).all(doc.reversesDocumentId);
  return original.map(({ lineNo, ...m }) => ({
    ...m,
    lineId: lineByNo.get(lineNo)!,
    quantity: -m.quantity,
    reversal: true,
  }));
}

export function planMovements(ctx: CoreContext, doc: DocumentRow, lines: readonly PostingLine[]): PlannedMovement[] {
  const drawn = (kind: MovementKind, warehouseId: string, sign: 1 | -1) =>
    lines.map((line): PlannedMovement => ({
      lineId: line.id,
      kind,
      warehouseId,
      itemId: line.itemId,
      lotId: line.lotId!,
      quantity: sign * line.quantity,
      reversal: false,
    }));
  switch (doc.type) {
    case 'receipt':
      return planReceipt(ctx, doc, lines);
    case 'issue':
      return drawn('issue', doc.warehouseId, -1);
    case 'transfer':
      return [...drawn('transfer_out', doc.warehouseId, -1), ...drawn('transfer_in', doc.toWarehouseId!, 1)];
    case 'count':
      return planCount(ctx, doc, lines);
    case 'adjustment':
      return drawn('adjustment', doc.warehouseId, 1);
    case 'reversal':
      return planReversal(ctx, doc, lines);
  }
}
