// Reading documents and their lines with the names a form or a slip shows (warehouse, donor, household ...).
import type { DocumentDetail, DocumentLineRow, DocumentPage, DocumentQuery, DocumentRow } from '@core/stock/contract';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead, valueRead } from '../../records/reads';
import { officeCodeOf } from '../office';
import { META_SQL } from '../rows';

const LINE_VALUE = 'l.quantity * coalesce(lot.unit_value, l.unit_value, i.unit_value)';

const DOCUMENT_SQL = `SELECT ${META_SQL('d')}, d.number, d.type, d.status, d.document_date AS documentDate, d.entered_at AS enteredAt,
  d.warehouse_id AS warehouseId, w.name AS warehouseName, d.to_warehouse_id AS toWarehouseId, tw.name AS toWarehouseName,
  d.source_kind AS sourceKind, d.donor_id AS donorId, dn.name AS donorName, dn.anonymous AS donorAnonymous,
  d.allocation_from AS allocationFrom, d.supplier, d.tender_ref AS tenderRef,
  d.destination_kind AS destinationKind, d.household_person_id AS householdPersonId, p.name AS householdName,
  d.event_id AS eventId, e.name AS eventName, d.destination_office AS destinationOffice, d.internal_use AS internalUse,
  d.campaign_id AS campaignId, d.handled_by AS handledBy, d.notes,
  d.approved_by AS approvedBy, d.approved_by_name AS approvedByName, d.approved_at AS approvedAt,
  d.posted_by AS postedBy, d.posted_by_name AS postedByName, d.posted_at AS postedAt,
  d.reverses_document_id AS reversesDocumentId, r.number AS reversesNumber, d.reversal_reason AS reversalReason,
  (SELECT x.id FROM stock_documents x WHERE x.reverses_document_id = d.id AND x.voided = 0) AS reversedByDocumentId,
  (SELECT x.number FROM stock_documents x WHERE x.reverses_document_id = d.id AND x.voided = 0) AS reversedByNumber,
  (SELECT count(*) FROM stock_document_lines l WHERE l.document_id = d.id AND l.voided = 0) AS lineCount,
  (SELECT coalesce(sum(l.quantity), 0) FROM stock_document_lines l WHERE l.document_id = d.id AND l.voided = 0) AS totalQuantity,
  (SELECT coalesce(sum(${LINE_VALUE}), 0) FROM stock_document_lines l JOIN stock_items i ON i.id = l.item_id
    LEFT JOIN stock_lots lot ON lot.id = l.lot_id WHERE l.document_id = d.id AND l.voided = 0) AS totalValue
  FROM stock_documents d
  JOIN stock_warehouses w ON w.id = d.warehouse_id
  LEFT JOIN stock_warehouses tw ON tw.id = d.to_warehouse_id
  LEFT JOIN stock_donors dn ON dn.id = d.donor_id
  LEFT JOIN stock_events e ON e.id = d.event_id
  LEFT JOIN people p ON p.id = d.household_person_id
  LEFT JOIN stock_documents r ON r.id = d.reverses_document_id`;

const LINE_SQL = `SELECT ${META_SQL('l')}, l.document_id AS documentId, l.line_no AS lineNo,
  l.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.unit, i.specification,
  l.lot_id AS lotId, l.location_id AS locationId, loc.code AS locationCode,
  coalesce(lot.lot_number, l.lot_number) AS lotNumber, coalesce(lot.expiry_date, l.expiry_date) AS expiryDate,
  coalesce(lot.unit_value, l.unit_value) AS unitValue,
  dn.id AS donorId, dn.name AS donorName,
  l.quantity, l.counted_quantity AS countedQuantity, l.book_quantity AS bookQuantity,
  l.reason, l.reason_note AS reasonNote, l.expired_override_reason AS expiredOverrideReason,
  l.household_person_id AS householdPersonId, p.name AS householdName, l.notes,
  ${LINE_VALUE} AS value
  FROM stock_document_lines l
  JOIN stock_documents d ON d.id = l.document_id
  JOIN stock_items i ON i.id = l.item_id
  LEFT JOIN stock_lots lot ON lot.id = l.lot_id
  LEFT JOIN stock_locations loc ON loc.id = l.location_id
  LEFT JOIN stock_donors dn ON dn.id = coalesce(lot.donor_id, l.donor_id, CASE WHEN d.type = 'receipt' THEN d.donor_id END)
  LEFT JOIN people p ON p.id = l.household_person_id
  WHERE l.document_id = ? AND l.voided = 0 ORDER BY l.line_no`;

// SQLite gives booleans as 0/1; the API speaks true/false.
type StoredDocument = Omit<DocumentRow, 'voided' | 'donorAnonymous'> & {
  voided: number;
  donorAnonymous: number | null;
};
type StoredLine = Omit<DocumentLineRow, 'voided'> & { voided: number };
const documentRead = (where: string) => rowRead<StoredDocument>(`${DOCUMENT_SQL} ${where}`);
const LINES = rowRead<StoredLine, [documentId: string]>(LINE_SQL);

const toDocument = (row: StoredDocument): DocumentRow => ({
  ...row,
  voided: row.voided === 1,
  donorAnonymous: row.donorAnonymous === null ? null : row.donorAnonymous === 1,
});

export function findDocument(ctx: CoreContext, id: string): DocumentRow {
  const row = documentRead('WHERE d.id = ?').on(ctx.store.sqlite).get(id);
  return row ? toDocument(row) : fail('DOCUMENT_NOT_FOUND', { id });
}

export function documentLines(ctx: CoreContext, id: string): DocumentLineRow[] {
  return LINES.on(ctx.store.sqlite)
    .all(id)
    .map((row) => ({ ...row, voided: row.voided === 1 }));
}

export function getDocument(ctx: CoreContext, id: string): DocumentDetail {
  return { document: findDocument(ctx, id), lines: documentLines(ctx, id) };
}

/** A page of documents, newest document date first; voided drafts are left out. */
export function listDocuments(ctx: CoreContext, query: DocumentQuery): DocumentPage {
  const where = ['d.office_code = @office', 'd.voided = 0'];
  if (query.type) where.push('d.type = @type');
  if (query.status) where.push('d.status = @status');
  if (query.warehouseId) where.push('(d.warehouse_id = @warehouseId OR d.to_warehouse_id = @warehouseId)');
  if (query.from) where.push('d.document_date >= @from');
  if (query.to) where.push('d.document_date <= @to');
  if (query.campaignId) where.push('d.campaign_id = @campaignId');
  const search = query.search?.trim();
  if (search) {
    where.push(`(d.number LIKE @like OR d.notes LIKE @like OR d.supplier LIKE @like OR d.destination_office LIKE @like
      OR dn.name LIKE @like OR e.name LIKE @like OR p.name LIKE @like)`);
  }
  const params = {
    office: officeCodeOf(ctx),
    type: query.type ?? null,
    status: query.status ?? null,
    warehouseId: query.warehouseId ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    campaignId: query.campaignId ?? null,
    like: `%${search ?? ''}%`,
  };
  const filter = `WHERE ${where.join(' AND ')}`;
  const from = DOCUMENT_SQL.slice(DOCUMENT_SQL.indexOf('FROM stock_documents d'));
  const total = valueRead<number>(`SELECT count(*) ${from} ${filter}`).on(ctx.store.sqlite).get(params) ?? 0;
  const rows = documentRead(`${filter} ORDER BY d.document_date DESC, d.number DESC LIMIT @limit OFFSET @offset`)
    .on(ctx.store.sqlite)
    .all({ ...params, limit: query.limit, offset: query.offset });
  return { rows: rows.map(toDocument), total };
}
