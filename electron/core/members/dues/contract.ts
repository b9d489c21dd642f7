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

/** The same year and amount for a whole class (school and class) or a list of members, on one receipt. */
export interface DuesBatchInput {
  year: number;
  amountFen?: number;
  paidDate: string;
  school?: string;
  className?: string;
  memberIds?: string[];
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

/** What one collection did: the receipt it printed, the members paid, the total. */
export interface DuesReceipt {
  receiptNumber: string;
  year: number;
  paidDate: string;
  count: number;
  totalFen: number;
  dues: DuesRow[];
}

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
