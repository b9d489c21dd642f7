// Types of the warehouse reports (opening balances, disclosure, donations traced, dashboard) shared by
// core and renderer. Money in fen, quantities in base units, dates ISO.
import type { DestinationKind } from '@rules/stock';
import type { ExportedFile } from '../../people/contract';

export type { ExportedFile };

export interface OpeningRowError {
  row: number;
  field: string;
  code: string;
}

/** What an opening-balance import found; `imported` is the number of lines posted (0 on a dry run or when anything is wrong). */
export interface OpeningImportResult {
  headerRow: number;
  rows: number;
  valid: number;
  invalid: number;
  errors: OpeningRowError[];
  /** Names in the sheet that match nothing in the office: create them (createMissing) or fix the sheet. */
  missing: { warehouses: string[]; items: string[]; donors: string[] };
  /** What createMissing created. */
  created: { warehouses: number; items: number; donors: number };
  /** The category each item to be created goes into: the sheet's column, or proposed from its name (proposed: true). */
  proposedCategories: { item: string; category: string; proposed: boolean }[];
  /** Lots whose expiry date is before the opening date: imported all the same, shown as a warning. */
  expiredLots: { row: number; item: string; lot: string | null; expiryDate: string }[];
  imported: number;
  /** The posted opening-balance document (期初入库单); one per warehouse when the sheet spans several. */
  documents: { id: string; number: string; warehouseId: string }[];
  /** The first committed import of the same file (same SHA-256), when there was one: posting it again needs `again` from an approver. */
  earlierImport: EarlierOpeningImport | null;
}

/** When and by whom a file's opening balances were first imported, and the documents that import posted. */
export interface EarlierOpeningImport {
  at: string;
  by: string;
  fileName: string;
  documents: string[];
}

/** Where issued goods went, in words a published table may carry: never a household's name, ID or phone. */
export type { DestinationKind };

export interface DisclosureReceived {
  /** The donor's name, or 匿名 where the donor asked not to be named (anonymous donors are merged per item). */
  donor: string;
  anonymous: boolean;
  itemName: string;
  specification: string | null;
  unit: string;
  quantity: number;
  value: number;
}

export interface DisclosureIssued {
  kind: DestinationKind;
  /** Event name, township, office, or the internal use. */
  destination: string;
  /** Households that received goods, where the issue named households (township, and events served by campaigns). */
  households: number | null;
  itemName: string;
  specification: string | null;
  unit: string;
  quantity: number;
  value: number;
}

/** 捐赠款物公示表 */
/**
 * One item's period on the notice, in its own unit and in fen: opening + received − issued + adjusted = closing.
 * Received and issued are every receipt and issue net of reversals (not only donations); adjusted is counts and adjustments.
 */
export interface DisclosureBalance {
  itemName: string;
  specification: string | null;
  unit: string;
  opening: number;
  received: number;
  issued: number;
  adjusted: number;
  closing: number;
  openingValue: number;
  receivedValue: number;
  issuedValue: number;
  adjustedValue: number;
  closingValue: number;
}

export interface Disclosure {
  officeName: string;
  from: string;
  to: string;
  generatedAt: string;
  /** The period's balance per item: the notice adds up even when more is issued than was donated in the period. */
  balances: DisclosureBalance[];
  received: DisclosureReceived[];
  issued: DisclosureIssued[];
  totals: {
    receivedValue: number;
    issuedValue: number;
    households: number;
    /** Sums of the balances' values in fen: opening + received − issued + adjusted = closing. */
    balance: { opening: number; received: number; issued: number; adjusted: number; closing: number };
  };
}

export interface DonationDestination {
  kind: DestinationKind;
  destination: string;
  households: number | null;
  quantity: number;
  value: number;
  documents: { id: string; number: string; date: string }[];
}

export interface DonationItemTrace {
  itemId: string;
  itemCode: string;
  itemName: string;
  unit: string;
  received: number;
  receivedValue: number;
  issued: number;
  issuedValue: number;
  /** Count differences and adjustments (losses, expired goods written off, surpluses): signed. */
  adjusted: number;
  onHand: number;
  onHandValue: number;
  destinations: DonationDestination[];
}

export interface DonorTrace {
  donorId: string | null;
  donorName: string;
  anonymous: boolean;
  kind: string | null;
  received: number;
  receivedValue: number;
  items: DonationItemTrace[];
}

/** Donations received in the period by donor, and where those goods went (up to today). */
export interface DonationsReport {
  from: string;
  to: string;
  donors: DonorTrace[];
}

export interface ExpiryAlert {
  warehouseId: string;
  warehouseName: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  unit: string;
  lotId: string;
  lotNumber: string | null;
  expiryDate: string;
  daysLeft: number;
  quantity: number;
  value: number;
}

export interface QuotaAlert {
  warehouseId: string;
  warehouseName: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  unit: string;
  quota: number;
  onHand: number;
  shortBy: number;
}

export interface StockDashboard {
  asOf: string;
  days: number;
  expiring: ExpiryAlert[];
  expired: ExpiryAlert[];
  belowQuota: QuotaAlert[];
  /** Value in fen and how many items a category holds: quantities of different units are never added. */
  valueByCategory: { categoryId: string; categoryName: string; items: number; value: number }[];
  movements: {
    month: string;
    documents: { type: string; count: number }[];
    /** In fen, net of reversals: a receipt reversal lowers inValue, an issue reversal lowers outValue. */
    inValue: number;
    outValue: number;
    byDay: { date: string; inValue: number; outValue: number }[];
  };
}

export const STOCK_REPORTS = ['onHand', 'disclosure', 'donations', 'expiry', 'quotas', 'categories'] as const;
export type StockReportName = (typeof STOCK_REPORTS)[number];
