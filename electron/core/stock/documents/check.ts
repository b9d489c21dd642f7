// Checks a document as the keeper saves it and turns it into the columns stored: what each type needs
// (a receipt's source, an issue's destination, a transfer's second warehouse), and per line the item,
// the lot, the quantity and the reason. Every problem is listed at once (DOCUMENT_INVALID with issues).
import type { DocumentHeaderInput, DocumentIssue, DocumentLineInput, DocumentType } from '@core/stock/contract';
import type { stockDocumentLines, stockDocuments, stockLots } from '@db/schema';
import { isIsoDate } from '@rules/dates';
import { countLacksReason, donationLacksDonor, issueLacksHousehold } from '@rules/stockDocuments';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import type { RecordFields } from '../../records/meta';
import { rowRead, valueRead } from '../../records/reads';
import { localToday, OWN_OFFICE } from '../office';
import { refuseExpiredLots } from './expiry';

type IssueCode = DocumentIssue['code'];

export type HeaderFields = Omit<DocumentHeaderInput, 'type'>;
/** The header's stored fields (number, type, status and entry time are the draft's to add). */
export type CheckedHeader = Omit<RecordFields<typeof stockDocuments>, 'number' | 'type' | 'status' | 'enteredAt'>;
/** A line's stored fields but its document. */
export type CheckedLine = Omit<RecordFields<typeof stockDocumentLines>, 'documentId'>;
export interface CheckedDocument {
  header: CheckedHeader;
  lines: CheckedLine[];
}

type LotFacts = Pick<typeof stockLots.$inferSelect, 'itemId' | 'expiryDate'>;

const LOT_FACTS = rowRead<LotFacts, [lotId: string]>(
  `SELECT item_id AS itemId, expiry_date AS expiryDate FROM stock_lots WHERE id = ? AND voided = 0 AND ${OWN_OFFICE}`,
);
const ITEM_VALUE = valueRead<number | null, [itemId: string]>(
  `SELECT unit_value FROM stock_items WHERE id = ? AND voided = 0 AND ${OWN_OFFICE}`,
);
const BOOK_QUANTITY = valueRead<number, [warehouseId: string, itemId: string, lotId: string]>(
  'SELECT quantity FROM stock_balances WHERE warehouse_id = ? AND item_id = ? AND lot_id = ?',
);

const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';
const textOrNull = (v: string | null | undefined) => (blank(v) ? null : v!.trim());

function exists(ctx: CoreContext, table: string, id: string | null | undefined): boolean {
  if (!id) return false;
  return (
    valueRead<number>(`SELECT 1 FROM ${table} WHERE id = ? AND voided = 0 AND ${OWN_OFFICE}`)
      .on(ctx.store.sqlite)
      .get(id) !== undefined
  );
}

const lotFacts = (ctx: CoreContext, id: string): LotFacts | undefined => LOT_FACTS.on(ctx.store.sqlite).get(id);

// null (no value) and undefined (no such item) stay apart, as the checks read them.
const itemValue = (ctx: CoreContext, id: string): number | null | undefined => ITEM_VALUE.on(ctx.store.sqlite).get(id);

/** Each id looked up once per document: a campaign's thousand lines name two items and a few lots. */
function lookedUpOnce<T>(lookUp: (id: string) => T): (id: string) => T {
  const seen = new Map<string, { value: T }>();
  return (id) => {
    let hit = seen.get(id);
    if (!hit) seen.set(id, (hit = { value: lookUp(id) }));
    return hit.value;
  };
}

interface LineFacts {
  unitValue: (itemId: string) => number | null | undefined;
  lot: (lotId: string) => LotFacts | undefined;
}

export function bookQuantity(ctx: CoreContext, warehouseId: string, itemId: string, lotId: string): number {
  return BOOK_QUANTITY.on(ctx.store.sqlite).get(warehouseId, itemId, lotId) ?? 0;
}

function checkHeader(
  ctx: CoreContext,
  type: DocumentType,
  h: HeaderFields,
  lines: readonly DocumentLineInput[],
  add: (f: string, c: IssueCode) => void,
): CheckedHeader {
  if (!isIsoDate(h.documentDate)) add('documentDate', 'DATE_INVALID');
  else if (h.documentDate > localToday(ctx)) add('documentDate', 'DATE_FUTURE');
  if (!exists(ctx, 'stock_warehouses', h.warehouseId)) add('warehouseId', 'NOT_FOUND');
  const row: CheckedHeader = {
    documentDate: h.documentDate,
    warehouseId: h.warehouseId,
    toWarehouseId: null,
    sourceKind: null,
    donorId: null,
    allocationFrom: null,
    supplier: null,
    tenderRef: null,
    destinationKind: null,
    householdPersonId: null,
    eventId: null,
    destinationOffice: null,
    internalUse: null,
    campaignId: h.campaignId ?? null,
    handledBy: textOrNull(h.handledBy),
    notes: textOrNull(h.notes),
  };
  const optionalRef = (field: 'donorId' | 'eventId' | 'householdPersonId', table: string) => {
    const value = h[field];
    if (!value) return;
    if (!exists(ctx, table, value)) add(field, 'NOT_FOUND');
    row[field] = value;
  };
  if (type === 'receipt') {
    row.sourceKind = h.sourceKind ?? null;
    if (!h.sourceKind) add('sourceKind', 'REQUIRED');
    if (h.sourceKind === 'allocation') {
      row.allocationFrom = textOrNull(h.allocationFrom);
      if (row.allocationFrom === null) add('allocationFrom', 'REQUIRED');
    } else if (h.sourceKind === 'purchase') {
      row.supplier = textOrNull(h.supplier);
      row.tenderRef = textOrNull(h.tenderRef);
      if (row.supplier === null) add('supplier', 'REQUIRED');
    } else {
      optionalRef('donorId', 'stock_donors');
      if (donationLacksDonor(h, lines)) add('donorId', 'REQUIRED');
    }
  }
  if (type === 'issue') {
    row.destinationKind = h.destinationKind ?? null;
    optionalRef('eventId', 'stock_events');
    if (h.destinationKind === 'household') {
      optionalRef('householdPersonId', 'people');
      if (issueLacksHousehold(h, lines)) add('householdPersonId', 'REQUIRED');
    } else if (h.destinationKind === 'event') {
      if (!h.eventId) add('eventId', 'REQUIRED');
    } else if (h.destinationKind === 'office') {
      row.destinationOffice = textOrNull(h.destinationOffice);
      if (row.destinationOffice === null) add('destinationOffice', 'REQUIRED');
    } else if (h.destinationKind === 'internal') {
      row.internalUse = textOrNull(h.internalUse);
      if (row.internalUse === null) add('internalUse', 'REQUIRED');
    } else add('destinationKind', 'REQUIRED');
  }
  if (type === 'transfer') {
    row.toWarehouseId = h.toWarehouseId ?? null;
    if (!h.toWarehouseId) add('toWarehouseId', 'REQUIRED');
    else if (h.toWarehouseId === h.warehouseId) add('toWarehouseId', 'WAREHOUSE_SAME');
    else if (!exists(ctx, 'stock_warehouses', h.toWarehouseId)) add('toWarehouseId', 'NOT_FOUND');
  }
  return row;
}

function checkLine(
  ctx: CoreContext,
  type: DocumentType,
  warehouseId: string,
  line: DocumentLineInput,
  lineNo: number,
  facts: LineFacts,
  add: (f: string, c: IssueCode) => void,
): CheckedLine {
  const unitValue = facts.unitValue(line.itemId);
  if (unitValue === undefined) add('itemId', 'NOT_FOUND');
  const lot = line.lotId ? facts.lot(line.lotId) : undefined;
  if (line.lotId && !lot) add('lotId', 'NOT_FOUND');
  if (lot && lot.itemId !== line.itemId) add('lotId', 'LOT_ITEM_MISMATCH');
  if (line.locationId && !exists(ctx, 'stock_locations', line.locationId)) add('locationId', 'NOT_FOUND');
  if (line.expiryDate && !isIsoDate(line.expiryDate)) add('expiryDate', 'DATE_INVALID');
  const quantity = line.quantity ?? 0;
  const row: CheckedLine = {
    lineNo,
    itemId: line.itemId,
    lotId: null,
    locationId: line.locationId ?? null,
    lotNumber: null,
    expiryDate: null,
    unitValue: null,
    donorId: null,
    quantity,
    countedQuantity: null,
    bookQuantity: null,
    reason: null,
    reasonNote: textOrNull(line.reasonNote),
    expiredOverrideReason: null,
    householdPersonId: null,
    notes: textOrNull(line.notes),
  };
  const newLot = () => {
    row.lotNumber = textOrNull(line.lotNumber);
    row.expiryDate = line.expiryDate ?? null;
    row.unitValue = line.unitValue ?? unitValue ?? 0;
  };
  if (type === 'receipt') {
    newLot();
    if (quantity <= 0) add('quantity', 'QUANTITY_POSITIVE');
    if (line.donorId) {
      if (!exists(ctx, 'stock_donors', line.donorId)) add('donorId', 'NOT_FOUND');
      row.donorId = line.donorId;
    }
  } else if (type === 'issue' || type === 'transfer') {
    row.lotId = line.lotId ?? null;
    if (!line.lotId) add('lotId', 'REQUIRED');
    if (quantity <= 0) add('quantity', 'QUANTITY_POSITIVE');
    if (type === 'issue') {
      row.expiredOverrideReason = textOrNull(line.expiredOverrideReason);
      if (line.householdPersonId) {
        if (!exists(ctx, 'people', line.householdPersonId)) add('householdPersonId', 'NOT_FOUND');
        row.householdPersonId = line.householdPersonId;
      }
    }
  } else if (type === 'count') {
    row.quantity = 0; // the difference, known when posted
    row.countedQuantity = line.countedQuantity ?? null;
    row.reason = line.reason ?? null;
    // Left empty until counted: a draft may be saved half-counted; approval and posting refuse it (counts.ts).
    if (line.lotId) {
      row.lotId = line.lotId;
      row.bookQuantity = lot ? bookQuantity(ctx, warehouseId, line.itemId, line.lotId) : null;
    } else newLot(); // goods found that no lot holds: a new lot when posted
    if (
      (lot || !line.lotId) &&
      countLacksReason({ countedQuantity: line.countedQuantity, bookQuantity: row.bookQuantity, reason: line.reason })
    ) {
      add('reason', 'REQUIRED');
    }
  } else if (type === 'adjustment') {
    row.lotId = line.lotId ?? null;
    row.reason = line.reason ?? null;
    if (!line.lotId) add('lotId', 'REQUIRED');
    if (quantity === 0) add('quantity', 'QUANTITY_NONZERO');
    if (!line.reason) add('reason', 'REQUIRED');
  }
  return row;
}

/** The stored columns of a document of `type`, or DOCUMENT_INVALID listing every problem. */
export function checkDocument(
  ctx: CoreContext,
  type: DocumentType,
  header: HeaderFields,
  lines: readonly DocumentLineInput[],
): CheckedDocument {
  const issues: DocumentIssue[] = [];
  const headerRow = checkHeader(ctx, type, header, lines, (field: string, code: IssueCode) =>
    issues.push({ line: null, field, code }),
  );
  const facts: LineFacts = {
    unitValue: lookedUpOnce((id) => itemValue(ctx, id)),
    lot: lookedUpOnce((id) => lotFacts(ctx, id)),
  };
  const lineRows = lines.map((line, i) =>
    checkLine(ctx, type, header.warehouseId, line, i + 1, facts, (field: string, code: IssueCode) =>
      issues.push({ line: i + 1, field, code }),
    ),
  );
  if (type === 'count') {
    const seen = new Set<string>();
    lineRows.forEach((row) => {
      if (row.lotId && seen.has(row.lotId)) issues.push({ line: row.lineNo, field: 'lotId', code: 'LOT_DUPLICATE' });
      if (row.lotId) seen.add(row.lotId);
    });
  }
  if (issues.length > 0) fail('DOCUMENT_INVALID', { issues });
  if (type === 'issue') refuseExpiredLots(ctx, header.documentDate, lineRows);
  return { header: headerRow, lines: lineRows };
}
