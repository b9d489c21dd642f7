// Types of the visit log (走访记录) shared by core and renderer: what a cadre found and did, money given (fen), goods
// as a warehouse issue to the household's head (created as a draft by the visit form, or an existing issue linked;
// stock moves only when the warehouse posts it), and the household's signature (签字).
import type { DocumentStatus } from '@core/stock/contract';
import type { SortDirection } from '../contract';

export interface VisitGoodsLine {
  itemId: string;
  /** A lot of the item in the warehouse; left out, the first to expire (then the oldest) that holds enough. */
  lotId?: string | null;
  quantity: number;
}

/** Goods the visit brings: a draft issue from this warehouse to the household's head. */
export interface VisitGoodsInput {
  warehouseId: string;
  lines: VisitGoodsLine[];
}

export interface VisitFields {
  cadreId: string;
  visitDate: string;
  found?: string | null;
  done?: string | null;
  moneyFen: number;
  acknowledged: boolean;
}

export type VisitCreateInput = VisitFields & {
  householdId: string;
  /** New goods (a draft issue is created) or an issue of the warehouse linked, not both. */
  goods?: VisitGoodsInput | null;
  stockDocumentId?: string | null;
};

/** A visit's fields changed; `goods` replaces the lines of its issue while that is still a draft (or adds one). */
export interface VisitUpdateInput {
  id: string;
  rowVersion: number;
  patch: Partial<VisitFields>;
  goods?: VisitGoodsInput | null;
}

/** One line of goods as a visit or the timeline shows it. */
export interface GoodsLine {
  itemId: string;
  itemName: string;
  unit: string;
  quantity: number;
  /** quantity x the lot's unit value, fen. */
  valueFen: number;
}

export interface VisitRow {
  id: string;
  officeCode: string;
  rowVersion: number;
  householdId: string;
  householdNumber: string;
  headName: string;
  /** Always masked. */
  headIdNumber: string;
  township: string | null;
  village: string | null;
  cadreId: string;
  cadreName: string;
  visitDate: string;
  found: string | null;
  done: string | null;
  moneyFen: number;
  acknowledged: boolean;
  stockDocumentId: string | null;
  documentNumber: string | null;
  documentStatus: DocumentStatus | null;
  /** 棉被 2 床、大米 1 袋: the lines in words. */
  goods: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  voided: boolean;
  voidReason: string | null;
}

export const VISIT_SORT_COLUMNS = ['visitDate', 'householdNumber', 'headName', 'cadreName'] as const;
export type VisitSortColumn = (typeof VISIT_SORT_COLUMNS)[number];

export interface VisitQuery {
  /** The head's or the cadre's name, pinyin, ID number tail or mobile start, or a household number. */
  search?: string;
  householdId?: string;
  cadreId?: string;
  /** Visit dates from and to, inclusive. */
  from?: string;
  to?: string;
  township?: string;
  village?: string;
  withGoods?: boolean;
  acknowledged?: boolean;
  includeVoided?: boolean;
  officeCode?: string;
  sort?: { column: VisitSortColumn; direction: SortDirection }[];
}

export interface VisitPage {
  rows: VisitRow[];
  total: number;
}

/** The visit and its issue as the form edits them. */
export interface VisitDetail extends VisitRow {
  goodsLines: (GoodsLine & { lotId: string | null })[];
  warehouseId: string | null;
}
