// The relief warehouse's enums: the values db/schema/stock.ts stores, the contract validates and the forms offer.

export const DOCUMENT_TYPES = ['receipt', 'issue', 'transfer', 'count', 'adjustment', 'reversal'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_STATUSES = ['draft', 'approved', 'posted'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
/** Where a receipt's goods came from: 社会捐赠, 上级调拨, 采购, 期初, 其他. */
export const RECEIPT_SOURCES = ['donation', 'allocation', 'purchase', 'opening', 'other'] as const;
export type ReceiptSource = (typeof RECEIPT_SOURCES)[number];
/** Where an issue's goods went: a household, a disaster event, another office, internal use. */
export const ISSUE_DESTINATIONS = ['household', 'event', 'office', 'internal'] as const;
export type IssueDestination = (typeof ISSUE_DESTINATIONS)[number];
/** Where issued goods went as the public disclosure groups them: households are counted per township. */
export const DESTINATION_KINDS = ['event', 'township', 'office', 'internal'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];
/** 损耗, 过期报废, 盘盈, 盘亏, 其他 */
export const ADJUSTMENT_REASONS = ['loss', 'expired', 'surplus', 'shortage', 'other'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];
export const DONOR_KINDS = ['person', 'organisation'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];
/** Where a lot came from: a receipt's source, or goods a count found that no lot held. */
export const LOT_SOURCES = ['donation', 'allocation', 'purchase', 'opening', 'count', 'other'] as const;
export type LotSource = (typeof LOT_SOURCES)[number];
/** A ledger movement's kind: a transfer writes one out of its warehouse and one into the other. */
export const MOVEMENT_KINDS = ['receipt', 'issue', 'transfer_out', 'transfer_in', 'count', 'adjustment'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** The categories a new office starts with; the office may rename, add and void them. */
export const DEFAULT_CATEGORIES = [
  '帐篷',
  '棉被',
  '衣物',
  '食品',
  '饮用水',
  '急救包',
  '家庭急救箱',
  '装备',
  '其他',
] as const;
