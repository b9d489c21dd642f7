// The relief warehouse (备灾仓库): catalog, warehouses, donors, disaster events, lots, documents,
// the append-only movement ledger, and the balance per warehouse x item x lot kept beside it.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ADJUSTMENT_REASONS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  DONOR_KINDS,
  ISSUE_DESTINATIONS,
  LOT_SOURCES,
  MOVEMENT_KINDS,
  RECEIPT_SOURCES,
} from '../../rules/stock';
import { recordColumns } from './record';

/** Item categories (帐篷, 棉被 ...): a list the office edits; defaults are written on first use. */
export const stockCategories = sqliteTable(
  'stock_categories',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('stock_categories_name_live')
      .on(t.officeCode, t.name)
      .where(sql`voided = 0`),
  ],
);

export const stockItems = sqliteTable(
  'stock_items',
  {
    ...recordColumns(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    categoryId: text('category_id')
      .notNull()
      .references(() => stockCategories.id),
    unit: text('unit').notNull(), // base unit: 顶, 床, 件, 箱, 瓶, 个 ...
    specification: text('specification'),
    shelfLifeMonths: integer('shelf_life_months'), // null for non-perishables
    unitValue: integer('unit_value').notNull().default(0), // fen
    notes: text('notes'),
  },
  (t) => [
    uniqueIndex('stock_items_code_live')
      .on(t.officeCode, t.code)
      .where(sql`voided = 0`),
    index('stock_items_name').on(t.name),
    index('stock_items_category').on(t.categoryId),
  ],
);

export const stockWarehouses = sqliteTable(
  'stock_warehouses',
  {
    ...recordColumns(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    keeper: text('keeper'),
    phone: text('phone'),
    notes: text('notes'),
  },
  (t) => [
    uniqueIndex('stock_warehouses_code_live')
      .on(t.officeCode, t.code)
      .where(sql`voided = 0`),
  ],
);

export const stockLocations = sqliteTable(
  'stock_locations',
  {
    ...recordColumns(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => stockWarehouses.id),
    code: text('code').notNull(),
    name: text('name'),
  },
  (t) => [
    uniqueIndex('stock_locations_code_live')
      .on(t.warehouseId, t.code)
      .where(sql`voided = 0`),
  ],
);

/** 储备定额: the quantity of an item a warehouse should hold; below it is an alert. */
export const stockQuotas = sqliteTable(
  'stock_quotas',
  {
    ...recordColumns(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => stockWarehouses.id),
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    uniqueIndex('stock_quotas_live')
      .on(t.warehouseId, t.itemId)
      .where(sql`voided = 0`),
  ],
);

export const stockDonors = sqliteTable(
  'stock_donors',
  {
    ...recordColumns(),
    kind: text('kind', { enum: DONOR_KINDS }).notNull(),
    name: text('name').notNull(),
    contact: text('contact'), // contact person of an organisation
    phone: text('phone'),
    address: text('address'),
    /** Shown as 匿名 in the public disclosure. */
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes'),
  },
  (t) => [index('stock_donors_name').on(t.name)],
);

/** 灾害事件 */
export const stockEvents = sqliteTable(
  'stock_events',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    kind: text('kind').notNull(), // 洪涝, 地震, 台风, 火灾, 干旱, 冰雪, 其他 ...
    date: text('date').notNull(),
    place: text('place'),
    notes: text('notes'),
  },
  (t) => [index('stock_events_date').on(t.date)],
);

/**
 * A lot is born when a receipt line (or a found-goods count line) is posted. It keeps its item, lot
 * number, expiry, unit value and donor wherever it moves, so a donor's goods can be followed.
 */
export const stockLots = sqliteTable(
  'stock_lots',
  {
    ...recordColumns(),
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    lotNumber: text('lot_number'), // 批号 as printed on the goods; may be blank
    expiryDate: text('expiry_date'), // null for non-perishables
    unitValue: integer('unit_value').notNull().default(0), // fen
    donorId: text('donor_id').references(() => stockDonors.id),
    source: text('source', { enum: LOT_SOURCES }).notNull(),
    receivedDate: text('received_date').notNull(),
    documentId: text('document_id').notNull(), // the document whose posting created the lot
  },
  (t) => [
    index('stock_lots_item_expiry').on(t.itemId, t.expiryDate),
    index('stock_lots_donor').on(t.donorId),
    index('stock_lots_document').on(t.documentId),
  ],
);

export const stockDocuments = sqliteTable(
  'stock_documents',
  {
    ...recordColumns(),
    number: text('number').notNull(), // RK-2026-000001 ...
    type: text('type', { enum: DOCUMENT_TYPES }).notNull(),
    status: text('status', { enum: DOCUMENT_STATUSES }).notNull(),
    /** 业务日期: when it happened (paper is often entered late). */
    documentDate: text('document_date').notNull(),
    /** When it was typed in. */
    enteredAt: text('entered_at').notNull(),
    /** The warehouse goods come into (receipt) or leave (issue, transfer, count, adjustment). */
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => stockWarehouses.id),
    toWarehouseId: text('to_warehouse_id').references(() => stockWarehouses.id), // transfer
    // Receipt source
    sourceKind: text('source_kind', { enum: RECEIPT_SOURCES }),
    donorId: text('donor_id').references(() => stockDonors.id),
    allocationFrom: text('allocation_from'), // the higher office that allocated the goods
    supplier: text('supplier'),
    tenderRef: text('tender_ref'),
    // Issue destination
    destinationKind: text('destination_kind', { enum: ISSUE_DESTINATIONS }),
    householdPersonId: text('household_person_id'), // people.id; a campaign issue names households per line
    eventId: text('event_id').references(() => stockEvents.id),
    destinationOffice: text('destination_office'),
    internalUse: text('internal_use'),
    campaignId: text('campaign_id'), // a distribution campaign that produced this issue
    handledBy: text('handled_by'), // 经办人
    notes: text('notes'),
    // Workflow
    approvedBy: text('approved_by'),
    approvedByName: text('approved_by_name'),
    approvedAt: text('approved_at'),
    postedBy: text('posted_by'),
    postedByName: text('posted_by_name'),
    postedAt: text('posted_at'),
    reversesDocumentId: text('reverses_document_id'),
    reversalReason: text('reversal_reason'),
  },
  (t) => [
    uniqueIndex('stock_documents_number').on(t.officeCode, t.number),
    index('stock_documents_date').on(t.documentDate, t.type),
    index('stock_documents_status').on(t.status, t.documentDate),
    index('stock_documents_reverses').on(t.reversesDocumentId),
    index('stock_documents_campaign').on(t.campaignId),
    index('stock_documents_event').on(t.eventId),
    index('stock_documents_donor').on(t.donorId),
    // What one household received (its timeline): the issues naming a member on the header.
    index('stock_documents_household')
      .on(t.householdPersonId)
      .where(sql`household_person_id IS NOT NULL`),
  ],
);

export const stockDocumentLines = sqliteTable(
  'stock_document_lines',
  {
    ...recordColumns(),
    documentId: text('document_id')
      .notNull()
      .references(() => stockDocuments.id),
    lineNo: integer('line_no').notNull(),
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    /** Set for lines drawn from a lot; for receipt lines set when posting creates the lot. */
    lotId: text('lot_id').references(() => stockLots.id),
    locationId: text('location_id').references(() => stockLocations.id),
    // A new lot's attributes (receipt, found goods in a count)
    lotNumber: text('lot_number'),
    expiryDate: text('expiry_date'),
    unitValue: integer('unit_value'),
    /** A receipt line's donor when it differs from the document's (an opening balance names one per line). */
    donorId: text('donor_id').references(() => stockDonors.id),
    /** Receipt, issue, transfer: positive. Adjustment: signed. Count: the difference, written at posting. */
    quantity: integer('quantity').notNull(),
    countedQuantity: integer('counted_quantity'), // count
    bookQuantity: integer('book_quantity'), // count: the balance when posted
    reason: text('reason', { enum: ADJUSTMENT_REASONS }),
    reasonNote: text('reason_note'),
    /** An issue from a lot already expired on the document date needs this. */
    expiredOverrideReason: text('expired_override_reason'),
    householdPersonId: text('household_person_id'), // campaign issue: one line per household
    notes: text('notes'),
  },
  (t) => [
    index('stock_document_lines_document').on(t.documentId, t.lineNo),
    // Covers the disclosure's read of a year's issue lines: read from the index alone, not from 200,000 wide rows.
    index('stock_document_lines_issued').on(t.documentId, t.voided, t.lotId, t.quantity, t.householdPersonId),
    index('stock_document_lines_lot').on(t.lotId),
    index('stock_document_lines_household').on(t.householdPersonId),
  ],
);

/**
 * The append-only ledger: one row per lot touched per document line, signed quantity (+ in, - out).
 * Never updated; a mistake is corrected by a reversing document.
 */
export const stockMovements = sqliteTable(
  'stock_movements',
  {
    ...recordColumns(),
    documentId: text('document_id')
      .notNull()
      .references(() => stockDocuments.id),
    lineId: text('line_id')
      .notNull()
      .references(() => stockDocumentLines.id),
    kind: text('kind', { enum: MOVEMENT_KINDS }).notNull(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => stockWarehouses.id),
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    lotId: text('lot_id')
      .notNull()
      .references(() => stockLots.id),
    quantity: integer('quantity').notNull(),
    documentDate: text('document_date').notNull(),
    /** Posting order within the office: ties on the document date keep the order they were posted in. */
    seq: integer('seq').notNull(),
    reversal: integer('reversal', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    // Covers the stock card and its opening balance: read from the index alone, the card of an item with
    // 10,000 movements costs half the time of fetching each row.
    index('stock_movements_card').on(
      t.itemId,
      t.documentDate,
      t.seq,
      t.warehouseId,
      t.lotId,
      t.quantity,
      t.kind,
      t.reversal,
      t.voided,
      t.documentId,
      t.lineId,
      t.id,
    ),
    index('stock_movements_warehouse').on(t.warehouseId, t.documentDate),
    index('stock_movements_lot').on(t.lotId),
    index('stock_movements_document').on(t.documentId),
    uniqueIndex('stock_movements_seq').on(t.officeCode, t.seq),
  ],
);

/**
 * On hand per warehouse x item x lot, maintained in the posting transaction; derived from the ledger
 * (rebuildBalances recomputes it), so it is not a business record and does not travel in packages.
 */
export const stockBalances = sqliteTable(
  'stock_balances',
  {
    officeCode: text('office_code').notNull(),
    warehouseId: text('warehouse_id').notNull(),
    itemId: text('item_id').notNull(),
    lotId: text('lot_id').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.warehouseId, t.itemId, t.lotId] }),
    index('stock_balances_item').on(t.itemId, t.warehouseId),
    index('stock_balances_lot').on(t.lotId),
    index('stock_balances_office').on(t.officeCode, t.warehouseId),
  ],
);

/**
 * A lot's movements in one month (YYYY-MM of the document date), summed by kind: what a period's opening and
 * closing balances read instead of a year of ledger rows. Derived like stock_balances: kept in the posting
 * transaction, and at the city as movements arrive; rebuilt from the ledger by rebuildBalances; does not travel.
 */
export const stockLotMonths = sqliteTable(
  'stock_lot_months',
  {
    officeCode: text('office_code').notNull(),
    month: text('month').notNull(),
    lotId: text('lot_id').notNull(),
    itemId: text('item_id').notNull(),
    received: integer('received').notNull(), // receipt movements
    issued: integer('issued').notNull(), // issue movements, as a positive quantity
    adjusted: integer('adjusted').notNull(), // count and adjustment movements
    net: integer('net').notNull(), // every movement, transfers included
  },
  (t) => [
    // By month first: a posting's rows (one month) sit together, so it dirties a few pages, not one per lot.
    primaryKey({ columns: [t.officeCode, t.month, t.lotId] }),
    // Covers a period's read: a range of months of one office, without a table row per lot and month.
    index('stock_lot_months_period').on(
      t.officeCode,
      t.month,
      t.lotId,
      t.itemId,
      t.received,
      t.issued,
      t.adjusted,
      t.net,
    ),
  ],
);

/** A locked month (YYYY-MM): nothing posts with a document date in it. Unlocking voids the row. */
export const stockMonthLocks = sqliteTable(
  'stock_month_locks',
  {
    ...recordColumns(),
    month: text('month').notNull(),
    lockedByName: text('locked_by_name').notNull(),
  },
  (t) => [
    uniqueIndex('stock_month_locks_live')
      .on(t.officeCode, t.month)
      .where(sql`voided = 0`),
  ],
);
