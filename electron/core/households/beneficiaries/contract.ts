// Types of beneficiaries (救助对象) shared by core and renderer: the office's categories (低保, 特困, 残疾 ...) and
// who is in them - a person or a household - from a date to a date.
export interface BeneficiaryCategoryRow {
  id: string;
  rowVersion: number;
  name: string;
  notes: string | null;
  sortOrder: number;
  /** People and households in it now. */
  current: number;
}

export interface BeneficiaryCategoryInput {
  name: string;
  notes?: string | null;
  sortOrder?: number;
}

export interface BeneficiaryRow {
  id: string;
  rowVersion: number;
  categoryId: string;
  categoryName: string;
  personId: string | null;
  householdId: string | null;
  fromDate: string;
  toDate: string | null;
  notes: string | null;
}

/** A person or a household (exactly one) in a category from `fromDate`. */
export interface BeneficiaryAddInput {
  categoryId: string;
  personId?: string | null;
  householdId?: string | null;
  fromDate: string;
  toDate?: string | null;
  notes?: string | null;
}

/** The 救助对象 register: who is in which category, a person or a household, with where they live. */
export interface BeneficiaryListRow extends BeneficiaryRow {
  /** The person's name, or the household head's. */
  name: string;
  /** Masked. */
  idNumber: string;
  /** The household itself, or the one the person is in now (none: in no household). */
  householdNumber: string | null;
  /** The household to open: the beneficiary household, or the person's own now. */
  openHouseholdId: string | null;
  township: string | null;
  village: string | null;
}

export interface BeneficiaryListQuery {
  categoryId?: string;
  /** 'person' or 'household' beneficiaries only. */
  kind?: 'person' | 'household';
  /** A name, its pinyin, an ID number tail or a mobile start (of the person, or of the household's head). */
  search?: string;
  /** Ended memberships too (the current ones only, when absent). */
  includeEnded?: boolean;
  officeCode?: string;
  offset: number;
  limit: number;
}

export interface BeneficiaryPage {
  rows: BeneficiaryListRow[];
  total: number;
}
