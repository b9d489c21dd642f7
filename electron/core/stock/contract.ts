// Types of the relief warehouse (备灾仓库) shared by core and renderer (types and constants only).

import type {
  AdjustmentReason,
  DocumentStatus,
  DocumentType,
  DonorKind,
  IssueDestination,
  LotSource,
  MovementKind,
  ReceiptSource,
} from '@rules/stock';

export {
  ADJUSTMENT_REASONS,
  DEFAULT_CATEGORIES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  DONOR_KINDS,
  ISSUE_DESTINATIONS,
  LOT_SOURCES,
  MOVEMENT_KINDS,
  RECEIPT_SOURCES,
} from '@rules/stock';
export type {
  AdjustmentReason,
  DocumentStatus,
  DocumentType,
  DonorKind,
  IssueDestination,
  LotSource,
  MovementKind,
  ReceiptSource,
} from '@rules/stock';

/** Error codes the stock methods fail with; each needs errors.CODE in the renderer's messages. */
export const STOCK_ERROR_CODES = [
  'STOCK_INSUFFICIENT', // details.shortages: ShortageDetail[]
  'MONTH_LOCKED', // details: { month, lockedThrough }: locks are cumulative
  'MONTH_ALREADY_LOCKED',
  'MONTH_NOT_LOCKED',
  'LOT_EXPIRED', // details: { lines: [{ line, lotId, lotNumber, expiryDate }] } - give an override reason
  'DOCUMENT_INVALID', // details.issues: DocumentIssue[]
  'DOCUMENT_EMPTY',
  'COUNT_NOT_TYPED', // details: { number, lineNos: '2、5' } - a count line without its counted quantity cannot be approved or posted
  'DOCUMENT_NOT_FOUND',
  'DOCUMENT_NOT_DRAFT', // only a draft may be edited
  'DOCUMENT_NOT_APPROVED', // only an approved document may be posted
  'DOCUMENT_POSTED', // a posted document is immutable; reverse it
  'DOCUMENT_NOT_POSTED', // only a posted document may be reversed
  'DOCUMENT_ALREADY_REVERSED', // details: { reversalId, reversalNumber }
  'DOCUMENT_IS_REVERSAL', // a reversal cannot itself be reversed
  'APPROVER_REQUIRED', // only a user with the approver role approves
  'ITEM_CODE_DUPLICATE',
  'WAREHOUSE_CODE_DUPLICATE',
  'LOCATION_CODE_DUPLICATE',
  'CATEGORY_NAME_DUPLICATE',
  'CATEGORY_IN_USE', // details: { items }
  'ITEM_IN_STOCK',
  'WAREHOUSE_IN_STOCK', // details: { onHand } - issue or transfer the goods before voiding
  'NOT_FOUND', // details: { what, id }
  'RECORD_CHANGED',
  'RECORD_VOIDED',
] as const;

/** Fields every stock record row carries. */
export interface StockRecordMeta {
  id: string;
  officeCode: string;
  rowVersion: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  voided: boolean;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
}

export interface CategoryInput {
  name: string;
  sortOrder?: number;
}
export interface CategoryRow extends StockRecordMeta {
  name: string;
  sortOrder: number;
}

export interface ItemInput {
  code: string;
  name: string;
  categoryId: string;
  unit: string;
  specification?: string | null;
  shelfLifeMonths?: number | null;
  unitValue: number;
  notes?: string | null;
}
export interface ItemRow extends StockRecordMeta {
  code: string;
  name: string;
  categoryId: string;
  categoryName: string;
  unit: string;
  specification: string | null;
  shelfLifeMonths: number | null;
  unitValue: number;
  notes: string | null;
}

export interface WarehouseInput {
  code: string;
  name: string;
  address?: string | null;
  keeper?: string | null;
  phone?: string | null;
  notes?: string | null;
}
export interface WarehouseRow extends StockRecordMeta {
  code: string;
  name: string;
  address: string | null;
  keeper: string | null;
  phone: string | null;
  notes: string | null;
}

export interface LocationInput {
  warehouseId: string;
  code: string;
  name?: string | null;
}
export interface LocationRow extends StockRecordMeta {
  warehouseId: string;
  code: string;
  name: string | null;
}

export interface QuotaRow {
  id: string;
  rowVersion: number;
  warehouseId: string;
  warehouseName: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  unit: string;
  quantity: number;
  onHand: number;
  below: boolean;
}

export interface DonorInput {
  kind: DonorKind;
  name: string;
  contact?: string | null;
  phone?: string | null;
  address?: string | null;
  anonymous: boolean;
  notes?: string | null;
}
export interface DonorRow extends StockRecordMeta {
  kind: DonorKind;
  name: string;
  contact: string | null;
  phone: string | null;
  address: string | null;
  anonymous: boolean;
  notes: string | null;
}

export interface EventInput {
  name: string;
  kind: string;
  date: string;
  place?: string | null;
  notes?: string | null;
}
export interface EventRow extends StockRecordMeta {
  name: string;
  kind: string;
  date: string;
  place: string | null;
  notes: string | null;
}

/** The header of a document as the user fills it; which fields apply depends on the type. */
export interface DocumentHeaderInput {
  type: DocumentType;
  documentDate: string;
  warehouseId: string;
  toWarehouseId?: string | null;
  sourceKind?: ReceiptSource | null;
  donorId?: string | null;
  allocationFrom?: string | null;
  supplier?: string | null;
  tenderRef?: string | null;
  destinationKind?: IssueDestination | null;
  householdPersonId?: string | null;
  eventId?: string | null;
  destinationOffice?: string | null;
  internalUse?: string | null;
  campaignId?: string | null;
  handledBy?: string | null;
  notes?: string | null;
}

/**
 * One line. receipt: item, lotNumber, expiryDate, unitValue, quantity. issue/transfer: item, lotId, quantity
 * (expiredOverrideReason for an expired lot). count: item, lotId (or a found lot's lotNumber/expiry/unitValue),
 * countedQuantity, reason when it differs. adjustment: item, lotId, signed quantity, reason.
 */
export interface DocumentLineInput {
  itemId: string;
  lotId?: string | null;
  locationId?: string | null;
  lotNumber?: string | null;
  expiryDate?: string | null;
  unitValue?: number | null;
  /** Receipt: this line's donor, when it is not the document's. */
  donorId?: string | null;
  quantity?: number | null;
  countedQuantity?: number | null;
  reason?: AdjustmentReason | null;
  reasonNote?: string | null;
  expiredOverrideReason?: string | null;
  householdPersonId?: string | null;
  notes?: string | null;
}

/** The codes of DOCUMENT_INVALID's issues (per field, line null for the header); each needs a message too. */
export const DOCUMENT_ISSUE_CODES = [
  'REQUIRED',
  'NOT_FOUND',
  'DATE_INVALID',
  'DATE_FUTURE',
  'DATE_BEFORE_ORIGINAL',
  'WAREHOUSE_SAME',
  'QUANTITY_POSITIVE',
  'QUANTITY_NONZERO',
  'LOT_ITEM_MISMATCH',
  'LOT_DUPLICATE',
  'REVERSAL_NOT_EDITABLE',
] as const;

export interface DocumentIssue {
  line: number | null;
  field: string;
  code: (typeof DOCUMENT_ISSUE_CODES)[number];
}

export interface DocumentRow extends StockRecordMeta {
  number: string;
  type: DocumentType;
  status: DocumentStatus;
  documentDate: string;
  enteredAt: string;
  warehouseId: string;
  warehouseName: string;
  toWarehouseId: string | null;
  toWarehouseName: string | null;
  sourceKind: ReceiptSource | null;
  donorId: string | null;
  donorName: string | null;
  donorAnonymous: boolean | null;
  allocationFrom: string | null;
  supplier: string | null;
  tenderRef: string | null;
  destinationKind: IssueDestination | null;
  householdPersonId: string | null;
  householdName: string | null;
  eventId: string | null;
  eventName: string | null;
  destinationOffice: string | null;
  internalUse: string | null;
  campaignId: string | null;
  handledBy: string | null;
  notes: string | null;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: string | null;
  postedBy: string | null;
  postedByName: string | null;
  postedAt: string | null;
  reversesDocumentId: string | null;
  reversesNumber: string | null;
  reversalReason: string | null;
  reversedByDocumentId: string | null;
  reversedByNumber: string | null;
  lineCount: number;
  totalQuantity: number;
  totalValue: number;
}

export interface DocumentLineRow extends StockRecordMeta {
  documentId: string;
  lineNo: number;
  itemId: string;
  itemCode: string;
  itemName: string;
  unit: string;
  specification: string | null;
  lotId: string | null;
  locationId: string | null;
  locationCode: string | null;
  lotNumber: string | null;
  expiryDate: string | null;
  unitValue: number | null;
  donorId: string | null;
  donorName: string | null;
  quantity: number;
  countedQuantity: number | null;
  bookQuantity: number | null;
  reason: AdjustmentReason | null;
  reasonNote: string | null;
  expiredOverrideReason: string | null;
  householdPersonId: string | null;
  householdName: string | null;
  notes: string | null;
  /** quantity x unit value, fen */
  value: number;
}

export interface DocumentDetail {
  document: DocumentRow;
  lines: DocumentLineRow[];
}
export interface DocumentPage {
  rows: DocumentRow[];
  total: number;
}

export interface DocumentQuery {
  type?: DocumentType;
  status?: DocumentStatus;
  warehouseId?: string;
  from?: string;
  to?: string;
  search?: string;
  campaignId?: string;
  offset: number;
  limit: number;
}

export interface ShortageDetail {
  warehouseId: string;
  warehouseName: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  lotId: string;
  lotNumber: string | null;
  available: number;
  requested: number;
}

/** One lot of an item in a warehouse with what it holds. */
export interface LotBalance {
  lotId: string;
  lotNumber: string | null;
  expiryDate: string | null;
  unitValue: number;
  donorId: string | null;
  donorName: string | null;
  source: LotSource;
  receivedDate: string;
  available: number;
  expired: boolean;
}

/** First-expiring-first-out: the lots to draw `quantity` from, in order; expired lots are listed apart. */
export interface LotProposal {
  itemId: string;
  warehouseId: string;
  quantity: number;
  picks: (LotBalance & { take: number })[];
  shortfall: number;
  expired: LotBalance[];
}

export interface OnHandQuery {
  /** The city: one county's stock, or 'all' (rows per office); default this office. */
  officeCode?: string;
  warehouseId?: string;
  itemId?: string;
  categoryId?: string;
  donorId?: string;
  expiringBefore?: string;
}
export interface OnHandRow {
  officeCode: string;
  warehouseId: string;
  warehouseCode: string;
  warehouseName: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  categoryId: string;
  categoryName: string;
  unit: string;
  specification: string | null;
  lotId: string;
  lotNumber: string | null;
  expiryDate: string | null;
  unitValue: number;
  donorId: string | null;
  donorName: string | null;
  source: LotSource;
  receivedDate: string;
  quantity: number;
  value: number;
}

export interface StockCardRow {
  movementId: string;
  documentId: string;
  documentNumber: string;
  documentType: DocumentType;
  documentDate: string;
  kind: MovementKind;
  reversal: boolean;
  warehouseId: string;
  warehouseName: string;
  lotId: string;
  lotNumber: string | null;
  expiryDate: string | null;
  /** Who it came from or went to, in words (donor, supplier, household, event, office, warehouse ...). */
  counterparty: string | null;
  /** Count and adjustment lines: why the quantity changed. */
  reason: AdjustmentReason | null;
  in: number;
  out: number;
  balance: number;
}
export interface StockCard {
  itemId: string;
  itemCode: string;
  itemName: string;
  unit: string;
  specification: string | null;
  warehouseId: string | null;
  lotId: string | null;
  from: string;
  to: string;
  opening: number;
  rows: StockCardRow[];
  totalIn: number;
  totalOut: number;
  closing: number;
}

export interface MonthLockRow {
  id: string;
  month: string;
  lockedByName: string;
  lockedAt: string;
  createdBy: string;
}
