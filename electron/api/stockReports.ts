// Types of the warehouse reports (opening balances, disclosure, donations traced, dashboard) shared by
// core and renderer. Money in fen, quantities in base units, dates ISO.
import type { ExportedFile } from './people';

export type { ExportedFile };

export interface OpeningRowError { row: number; field: string; code: string }

/** What an opening-balance import found; `imported` is the number of lines posted (0 on a dry run or when anything is wrong). */
export interface OpeningImportResult {
  headerRow: number;
  rows: number; valid: number; invalid: number;
  errors: OpeningRowError[];
  /** Names in the sheet that match nothing in the office: create them (createMissing) or fix the sheet. */
  missing: { warehouses: string[]; items: string[]; donors: string[] };
  /** What createMissing created. */
  created: { warehouses: number; items: number; donors: number };
  imported: number;
  /** The posted opening-balance document (期初入库单); one per warehouse when the sheet spans several. */
  documents: { id: string; number: string; warehouseId: string }[];
  /** The first committed import of the same file (same SHA-256), when there was one: posting it again needs `again` from an approver. */
  earlierImport: EarlierOpeningImport | null;
}

/** When and by whom a file's opening balances were first imported, and the documents that import posted. */
export interface EarlierOpeningImport { at: string; by: string; fileName: string; documents: string[] }

/** Where issued goods went, in words a published table may carry: never a household's name, ID or phone. */
export type DestinationKind = 'event' | 'township' | 'office' | 'internal';

export interface DisclosureReceived {
  /** The donor's name, or 匿名 where the donor asked not to be named (anonymous donors are merged per item). */
  donor: string; anonymous: boolean;
  itemName: string; specification: string | null; unit: string;
  quantity: number; value: number;
}

export interface DisclosureIssued {
  kind: DestinationKind;
  /** Event name, township, office, or the internal use. */
  destination: string;
  /** Households that received goods, where the issue named households (township, and events served by campaigns). */
  households: number | null;
  itemName: string; specification: string | null; unit: string;
  quantity: number; value: number;
}

/** 捐赠款物公示表 */
export interface Disclosure {
  officeName: string; from: string; to: string; generatedAt: string;
  received: DisclosureReceived[];
  issued: DisclosureIssued[];
  totals: { receivedValue: number; issuedValue: number; households: number };
}

export interface DonationDestination {
  kind: DestinationKind; destination: string; households: number | null;
  quantity: number; value: number;
  documents: { id: string; number: string; date: string }[];
}

export interface DonationItemTrace {
  itemId: string; itemCode: string; itemName: string; unit: string;
  received: number; receivedValue: number;
  issued: number; issuedValue: number;
  /** Count differences and adjustments (losses, expired goods written off, surpluses): signed. */
  adjusted: number;
  onHand: number; onHandValue: number;
  destinations: DonationDestination[];
}

export interface DonorTrace {
  donorId: string | null; donorName: string; anonymous: boolean; kind: string | null;
  received: number; receivedValue: number;
  items: DonationItemTrace[];
}

/** Donations received in the period by donor, and where those goods went (up to today). */
export interface DonationsReport { from: string; to: string; donors: DonorTrace[] }

export interface ExpiryAlert {
  warehouseId: string; warehouseName: string; itemId: string; itemCode: string; itemName: string; unit: string;
  lotId: string; lotNumber: string | null; expiryDate: string; daysLeft: number; quantity: number; value: number;
}

export interface QuotaAlert {
  warehouseId: string; warehouseName: string; itemId: string; itemCode: string; itemName: string; unit: string;
  quota: number; onHand: number; shortBy: number;
}

export interface StockDashboard {
  asOf: string; days: number;
  expiring: ExpiryAlert[];
  expired: ExpiryAlert[];
  belowQuota: QuotaAlert[];
  valueByCategory: { categoryId: string; categoryName: string; quantity: number; value: number }[];
  movements: {
    month: string;
    documents: { type: string; count: number }[];
    inQuantity: number; outQuantity: number; inValue: number; outValue: number;
    byDay: { date: string; in: number; out: number }[];
  };
}

export const STOCK_REPORTS = ['onHand', 'disclosure', 'donations', 'expiry', 'quotas', 'categories'] as const;
export type StockReportName = (typeof STOCK_REPORTS)[number];
