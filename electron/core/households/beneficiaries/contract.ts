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
