// Types of the pairing alerts (帮扶提醒) shared by core and renderer: pairings not visited for N months, supported
// households with no cadre now, cadres with more households than the office allows, and the contact cards (联系卡).
import type { CadreLevel, HouseholdAttribute, PovertyStatus } from '@rules/households';

/** A pairing overdue for a visit: who, since when (the day N months after its last visit or its start); by place. */
export interface OverdueRow {
  /** The pairing's id. */
  id: string;
  householdId: string;
  householdNumber: string;
  headName: string;
  /** Always masked. */
  headIdNumber: string;
  township: string | null;
  village: string | null;
  cadreId: string;
  cadreName: string;
  cadrePhone: string | null;
  fromDate: string;
  lastVisit: string | null;
  overdueSince: string;
}

export interface OverdueQuery {
  /** Months without a visit; the office's setting when left out. */
  months?: number;
  search?: string;
  township?: string;
  village?: string;
  cadreId?: string;
  officeCode?: string;
}

export interface OverduePage {
  rows: OverdueRow[];
  total: number;
  months: number;
  /** A pairing last visited (or begun) on or before this day is overdue today. */
  cutoff: string;
}

/** A supported household (帮扶中 or 监测对象) that no cadre holds now. */
export interface UncoveredRow {
  /** The household's id. */
  id: string;
  number: string;
  headName: string;
  headIdNumber: string;
  township: string | null;
  village: string | null;
  attribute: HouseholdAttribute;
  povertyStatus: PovertyStatus;
  /** The cadre it had last, and the day that pairing ended (null: never paired). */
  lastCadreName: string | null;
  lastEnded: string | null;
}

export interface UncoveredQuery {
  search?: string;
  township?: string;
  village?: string;
  officeCode?: string;
}

/** A cadre holding more households than the setting allows. */
export interface OverloadedRow {
  /** The cadre's id. */
  id: string;
  name: string;
  unit: string | null;
  level: CadreLevel | null;
  phone: string | null;
  households: number;
}

export interface AlertPage<Row> {
  rows: Row[];
  total: number;
}

/** 联系卡: what the household keeps on its wall - who its cadre is and how to reach them. */
export interface ContactCard {
  householdId: string;
  number: string;
  headName: string;
  township: string | null;
  village: string | null;
  villageGroup: string | null;
  address: string | null;
  cadreName: string;
  cadreUnit: string | null;
  cadreLevel: CadreLevel | null;
  cadrePhone: string | null;
  fromDate: string;
}

export interface ContactCardQuery {
  householdIds?: string[];
  township?: string;
  village?: string;
}

export interface ContactCardSet {
  cards: ContactCard[];
  /** More households than one printing holds: the first ones only. */
  truncated: boolean;
}
