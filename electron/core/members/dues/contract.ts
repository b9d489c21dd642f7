// Types of dues (会费) shared by core and renderer: a collection for one member or many, and what it answers.
import type { MemberKind } from '@rules/members';

/** The most members one collection takes (a large school collects class by class). */
export const DUES_BATCH_MAX = 2_000;

/** One year's dues of one member; left empty, the amount is the member's cap. */
export interface DuesCollectInput {
  memberId: string;
  year: number;
  amountFen?: number;
  paidDate: string;
}

/** The same year for a whole class (school and class) or a list of members, on one receipt or one each. */
export interface DuesBatchInput {
  year: number;
  /** The amount of every member not in `amounts`; left empty, each member's cap. */
  amountFen?: number;
  /** A listed member's own amount (a youth member who gives less, a unit that pays less than its cap). */
  amounts?: { memberId: string; amountFen: number }[];
  paidDate: string;
  school?: string;
  className?: string;
  memberIds?: string[];
  /** One receipt for the whole collection (with its list; the default), or a receipt for each member. */
  receiptPer?: 'collection' | 'member';
}

export interface DuesRow {
  id: string;
  memberId: string;
  year: number;
  amountFen: number;
  paidDate: string;
  receiptNumber: string | null;
  collectedBy: string;
}

/** What one collection did: the receipt it printed (the first and last when one per member), the members paid, the total. */
export interface DuesReceipt {
  receiptNumber: string;
  lastReceiptNumber: string;
  year: number;
  paidDate: string;
  count: number;
  totalFen: number;
  dues: DuesRow[];
}

/** One member's line on a receipt. */
export interface ReceiptLine {
  memberId: string;
  kind: MemberKind;
  name: string;
  cardNumber: string;
  school: string | null;
  className: string | null;
  year: number;
  amountFen: number;
}

/** A receipt (收据) as it prints: its number, when and by whom it was collected, each member's line, the total. */
export interface ReceiptSheet {
  receiptNumber: string;
  paidDate: string;
  collectedBy: string;
  createdAt: string;
  totalFen: number;
  lines: ReceiptLine[];
}

/** The most receipts one print reads (a class collected one receipt each). */
export const RECEIPTS_PRINT_MAX = DUES_BATCH_MAX;

/** A member to call: last year's dues unpaid. */
export interface MemberToCall {
  id: string;
  kind: MemberKind;
  cardNumber: string;
  name: string;
  mobile: string | null;
  school: string | null;
  className: string | null;
  lastPaidYear: number | null;
}

/** The lists to call: about to lapse (last year unpaid), or lapsed (recorded, or both years before unpaid). */
export type CallList = 'dueSoon' | 'lapsed';
