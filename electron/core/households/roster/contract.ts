// Types of the household register (户) shared by core and renderer: the grid's rows and query, one household with
// its members (current and former), and the form's input.
import type { CustomFieldMatch } from '@api/columnFilters';
import type { CustomFieldKey, CustomValue, CustomValues } from '@rules/customFields';
import type {
  HealthStatus,
  HouseholdAttribute,
  HouseholdRelation,
  LabourStatus,
  MonitoringCategory,
  PovertyCause,
  PovertyStatus,
  SchoolStage,
} from '@rules/households';
import type { PersonInput } from '../../people/contract';

/** A household as the grid shows it: its head's name and masked ID, its address, size and poverty status. */
export interface HouseholdRow {
  id: string;
  officeCode: string;
  rowVersion: number;
  number: string;
  headPersonId: string;
  headName: string;
  /** Always masked here; people.revealId shows the whole number to who may see it. */
  headIdNumber: string;
  headGender: 'M' | 'F' | null;
  headMobile: string | null;
  attribute: HouseholdAttribute;
  township: string | null;
  village: string | null;
  villageGroup: string | null;
  address: string | null;
  phone: string | null;
  /** Its members now. */
  size: number;
  /** From its poverty file; null when it has none. */
  povertyStatus: PovertyStatus | null;
  monitoringCategory: MonitoringCategory | null;
  mainCause: PovertyCause | null;
  /** The beneficiary categories the household itself is in now (its members' are on its page), in their order. */
  categories: string[];
  notes: string | null;
  customFields: CustomValues | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  voided: boolean;
  voidReason: string | null;
}

export const HOUSEHOLD_SORT_COLUMNS = ['headName', 'number', 'place', 'attribute', 'updatedAt', 'createdAt'] as const;
export type HouseholdSortColumn = (typeof HOUSEHOLD_SORT_COLUMNS)[number];

/** A filter of one value, or of several (any of them: the grid's choice list under a header). */
export type OneOrMore<T> = T | T[];

export interface HouseholdQuery {
  /** The head's name, its pinyin (full or initials), the head's ID number tail or mobile start, or a household number. */
  search?: string;
  township?: OneOrMore<string>;
  village?: OneOrMore<string>;
  villageGroup?: string;
  attribute?: OneOrMore<HouseholdAttribute>;
  povertyStatus?: OneOrMore<PovertyStatus>;
  mainCause?: OneOrMore<PovertyCause>;
  /** Households in this beneficiary category now (in any of them, when several). */
  categoryId?: OneOrMore<string>;
  /** A custom field's filter, as the people grid's column filter of that field. */
  customFilters?: { key: CustomFieldKey; match: CustomFieldMatch }[];
  officeCode?: string;
  includeVoided?: boolean;
  /** A custom field sorts by its key (f1). */
  sort?: { column: HouseholdSortColumn | CustomFieldKey; direction: 'asc' | 'desc' }[];
}

export interface HouseholdPageQuery extends HouseholdQuery {
  offset: number;
  limit: number;
}

export interface HouseholdPage {
  rows: HouseholdRow[];
  total: number;
}

/** A member's labour, health and schooling while in the household: all optional. */
export interface MemberFacts {
  labour: LabourStatus | null;
  health: HealthStatus | null;
  /** Masked like an ID number (it holds one) for who may not reveal them. */
  disabilityCardNumber: string | null;
  disabilityGrade: number | null;
  schoolStage: SchoolStage | null;
}

/** One membership row: a person in the household from a date (to a date, once they left), with their facts. */
export interface HouseholdMemberRow extends MemberFacts {
  membershipId: string;
  rowVersion: number;
  personId: string;
  name: string;
  gender: 'M' | 'F' | null;
  /** Masked. */
  idNumber: string;
  /** Null for who may not reveal ID numbers (it gives away hidden digits). */
  birthDate: string | null;
  relation: HouseholdRelation;
  fromDate: string;
  toDate: string | null;
  endReason: string | null;
}

export interface HouseholdDetail extends HouseholdRow {
  /** The members now, head first. */
  members: HouseholdMemberRow[];
  /** Who left (moved, died, married out), latest first. */
  formerMembers: HouseholdMemberRow[];
}

/** What the form edits on a household. */
export interface HouseholdFields {
  /** Given by the office (the national system's number), or the next `{office}H{seq}` when left empty. */
  number?: string | null;
  attribute: HouseholdAttribute;
  township?: string | null;
  village?: string | null;
  villageGroup?: string | null;
  address?: string | null;
  phone?: string | null;
  notes?: string | null;
  /** The office's own fields (key -> value; null clears one). */
  customFields?: Record<string, CustomValue | null> | null;
}

/** A new household: its head is a person of the registry (or one added to it), a member from `fromDate`. */
export type HouseholdCreateInput = HouseholdFields & { fromDate: string } & (
    { headPersonId: string } | { head: PersonInput; acceptWarnings?: boolean }
  );

export type HouseholdPatch = Partial<HouseholdFields>;

/** The places households of the office are in, for the grid's and the campaign's choice lists. */
export interface HouseholdFacets {
  townships: string[];
  /** Villages with their township, by township. */
  villages: { township: string | null; village: string }[];
}
