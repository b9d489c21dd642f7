// The stock card (物资台账) of one item for a date range: the opening balance, every movement in
// document-date order (ties in posting order) with its document, who it came from or went to, in, out and
// the running balance, and the closing balance. Optionally for one warehouse or one lot.
// Read in a few narrow queries - the movements, then the few documents, lots and warehouses they name, and
// lines only where a reason or a household is wanted - because joining every row to its line and document
// cost 2-3x the 100 ms budget at 10,000 movements.
import { stockWarehouses } from '@db/schema';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { rowRead, valueRead, type Read } from '../records/reads';
import type { StockCard, StockCardRow } from './contract';
import { getItem } from './items';
import { readOfficeOf } from './office';

export interface StockCardQuery {
  itemId: string;
  warehouseId?: string;
  lotId?: string;
  from: string;
  to: string;
  officeCode?: string;
}

const FILTER = `m.item_id = @itemId AND m.voided = 0
  AND (@warehouseId IS NULL OR m.warehouse_id = @warehouseId) AND (@lotId IS NULL OR m.lot_id = @lotId)`;

interface Movement {
  movementId: string;
  documentId: string;
  lineId: string;
  kind: StockCardRow['kind'];
  reversal: number;
  warehouseId: string;
  lotId: string;
  quantity: number;
  documentDate: string;
}
interface CardDocument {
  id: string;
  number: string;
  type: StockCardRow['documentType'];
  destinationKind: string | null;
  source: string | null;
  destination: string | null;
  toWarehouse: string | null;
  fromWarehouse: string | null;
}
interface CardLot {
  id: string;
  lotNumber: string | null;
  expiryDate: string | null;
  donorName: string | null;
}
interface CardLine {
  id: string;
  reason: StockCardRow['reason'];
  householdName: string | null;
}

const DOCUMENTS_IN = (list: string) =>
  rowRead<CardDocument>(`SELECT d.id, d.number, d.type, d.destination_kind AS destinationKind,
  coalesce(d.allocation_from, d.supplier) AS source,
  coalesce(p.name, e.name, d.destination_office, d.internal_use) AS destination,
  tw.name AS toWarehouse, fw.name AS fromWarehouse
  FROM stock_documents d
  LEFT JOIN people p ON p.id = d.household_person_id
  LEFT JOIN stock_events e ON e.id = d.event_id
  LEFT JOIN stock_warehouses tw ON tw.id = d.to_warehouse_id
  LEFT JOIN stock_warehouses fw ON fw.id = d.warehouse_id
  WHERE d.id IN (${list})`);

const LOTS = rowRead<CardLot, [itemId: string]>(
  `SELECT l.id, l.lot_number AS lotNumber, l.expiry_date AS expiryDate, dn.name AS donorName
  FROM stock_lots l LEFT JOIN stock_donors dn ON dn.id = l.donor_id WHERE l.item_id = ?`,
);
const OPENING = valueRead<number>(
  `SELECT coalesce(sum(m.quantity), 0) FROM stock_movements m WHERE ${FILTER} AND m.document_date < @from`,
);
const MOVEMENTS = rowRead<Movement>(
  `SELECT m.id AS movementId, m.document_id AS documentId, m.line_id AS lineId, m.kind,
  m.reversal, m.warehouse_id AS warehouseId, m.lot_id AS lotId, m.quantity, m.document_date AS documentDate
  FROM stock_movements m WHERE ${FILTER} AND m.document_date >= @from AND m.document_date <= @to ORDER BY m.document_date, m.seq`,
);

/**
 * Which column a movement is written in. A reversal stays in its original's column with the sign turned
 * (红字冲销), so a reversed receipt shows as a negative receipt, not as an issue.
 */
function inward(kind: StockCardRow['kind'], reversal: boolean, quantity: number): boolean {
  if (kind === 'receipt' || kind === 'transfer_in') return true;
  if (kind === 'issue' || kind === 'transfer_out') return false;
  return reversal ? quantity < 0 : quantity > 0;
}

const LINES_IN = (list: string) =>
  rowRead<CardLine>(`SELECT ln.id, ln.reason, p.name AS householdName FROM stock_document_lines ln
  LEFT JOIN people p ON p.id = ln.household_person_id WHERE ln.id IN (${list})`);

/** Rows of a read by an `IN (list)` of ids, asked 500 at a time, by id. */
function byIds<T extends { id: string }>(
  ctx: CoreContext,
  readIn: (list: string) => Read<T>,
  ids: Iterable<string>,
): Map<string, T> {
  const all = [...new Set(ids)];
  const found = new Map<string, T>();
  for (let i = 0; i < all.length; i += 500) {
    const chunk = all.slice(i, i + 500);
    const rows = readIn(chunk.map(() => '?').join(','))
      .on(ctx.store.sqlite)
      .all(...chunk);
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

function counterparty(
  m: Movement,
  doc: CardDocument,
  lot: CardLot | undefined,
  line: CardLine | undefined,
): string | null {
  switch (m.kind) {
    case 'receipt':
      return lot?.donorName ?? doc.source;
    case 'issue':
      return line?.householdName ?? doc.destination;
    case 'transfer_out':
      return doc.toWarehouse;
    case 'transfer_in':
      return doc.fromWarehouse;
    default:
      return null;
  }
}

export function stockCard(ctx: CoreContext, query: StockCardQuery): StockCard {
  const item = getItem(ctx, query.itemId);
  // Items are per office: the city reads a county's card by naming the county, a county only its own.
  if (item.officeCode !== readOfficeOf(ctx, query.officeCode)) fail('NOT_FOUND', { what: 'item', id: query.itemId });
  const params = {
    itemId: query.itemId,
    warehouseId: query.warehouseId ?? null,
    lotId: query.lotId ?? null,
    from: query.from,
    to: query.to,
  };
  const sqlite = ctx.store.sqlite;
  const opening = OPENING.on(sqlite).get(params) ?? 0;
  const movements = MOVEMENTS.on(sqlite).all(params);
  const documents = byIds(
    ctx,
    DOCUMENTS_IN,
    movements.map((m) => m.documentId),
  );
  const lots = new Map(
    LOTS.on(sqlite)
      .all(query.itemId)
      .map((l) => [l.id, l]),
  );
  const warehouses = new Map(
    ctx.store.orm
      .select({ id: stockWarehouses.id, name: stockWarehouses.name })
      .from(stockWarehouses)
      .all()
      .map((w) => [w.id, w.name]),
  );
  const lines = byIds(
    ctx,
    LINES_IN,
    movements
      .filter(
        (m) =>
          m.kind === 'count' ||
          m.kind === 'adjustment' ||
          (m.kind === 'issue' && documents.get(m.documentId)!.destinationKind === 'household'),
      )
      .map((m) => m.lineId),
  );

  let balance = opening;
  let totalIn = 0;
  let totalOut = 0;
  const rows = movements.map((m): StockCardRow => {
    const doc = documents.get(m.documentId)!;
    const lot = lots.get(m.lotId);
    const line = lines.get(m.lineId);
    balance += m.quantity;
    const inQty = inward(m.kind, m.reversal === 1, m.quantity) ? m.quantity : 0;
    const outQty = inQty === 0 ? -m.quantity : 0;
    totalIn += inQty;
    totalOut += outQty;
    return {
      movementId: m.movementId,
      documentId: m.documentId,
      documentNumber: doc.number,
      documentType: doc.type,
      documentDate: m.documentDate,
      kind: m.kind,
      reversal: m.reversal === 1,
      warehouseId: m.warehouseId,
      warehouseName: warehouses.get(m.warehouseId) ?? '',
      lotId: m.lotId,
      lotNumber: lot?.lotNumber ?? null,
      expiryDate: lot?.expiryDate ?? null,
      counterparty: counterparty(m, doc, lot, line),
      reason: line?.reason ?? null,
      in: inQty,
      out: outQty,
      balance,
    };
  });
  return {
    itemId: item.id,
    itemCode: item.code,
    itemName: item.name,
    unit: item.unit,
    specification: item.specification,
    warehouseId: query.warehouseId ?? null,
    lotId: query.lotId ?? null,
    from: query.from,
    to: query.to,
    opening,
    rows,
    totalIn,
    totalOut,
    closing: balance,
  };
}
