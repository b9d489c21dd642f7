// Types of the pairings (结对) shared by core and renderer: a cadre with a household from a date to a date, the
// grid's rows and query, and the inputs that pair, change the cadre (one pairing ends, another starts) and end one.
import type { CadreLevel } from '@rules/households';
import type { SortDirection } from '../contract';

export interface PairingRow {
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
  villageGroup: string | null;
  cadreId: string;
  cadreName: string;
  cadreUnit: string | null;
  cadreLevel: CadreLevel | null;
  cadrePhone: string | null;
  fromDate: string;
  /** The day it ended (exclusive); null while it holds. */
  toDate: string | null;
  endReason: string | null;
  /** The cadre's last visit to the household. */
  lastVisit: string | null;
  updatedAt: string;
  voided: boolean;
  voidReason: string | null;
}

export const PAIRING_SORT_COLUMNS = ['householdNumber', 'place', 'headName', 'cadreName', 'fromDate'] as const;
export type PairingSortColumn = (typeof PAIRING_SORT_COLUMNS)[number];

export interface PairingQuery {
  /** The head's or the cadre's name, pinyin, ID number tail or mobile start, or a household number. */
  search?: string;
  cadreId?: string;
  householdId?: string;
  township?: string;
  village?: string;
  /** Ended pairings too (the history); by default only those that hold now. */
  includeEnded?: boolean;
  includeVoided?: boolean;
  officeCode?: string;
  sort?: { column: PairingSortColumn; direction: SortDirection }[];
}

export interface PairingPage {
  rows: PairingRow[];
  total: number;
}

/**
 * The cadre takes the household from `fromDate`: a new pairing, or - when another cadre holds it - a change (that
 * pairing ends on `fromDate` with the reason, the new one starts the same day).
 */
export interface PairingAssignInput {
  householdId: string;
  cadreId: string;
  fromDate: string;
  reason?: string | null;
}

/** The pairing ends on `date` (the household keeps no cadre until another is paired). */
export interface PairingEndInput {
  id: string;
  rowVersion: number;
  date: string;
  reason: string;
}
