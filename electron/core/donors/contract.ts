// Types of the 三献 donor register shared by core and renderer: who may call what, the grid's rows and query, a
// person's record, the form's inputs, the statistics (no personal data) and the office's package setting.
import type { DonorKind, MatchingStage, RegistrationFields } from '@rules/donors';
import { ROLES, type Role } from '@rules/roles';

/** The register's methods: 三献管理员 only, held by name (an admin passes the router and is refused by the core). */
export const DONOR_KEEPERS: readonly Role[] = ['donorAdmin'];
/** The statistics carry no personal data: every role reads them. */
export const DONOR_STATS_READERS: readonly Role[] = ROLES;

/** Who a registration is of, as the register shows them. */
export interface DonorPersonFacts {
  name: string;
  gender: 'M' | 'F' | null;
  /** Always masked; people.revealId shows the whole number to who may see it. */
  idNumber: string;
  mobile: string | null;
  township: string | null;
  village: string | null;
}

/** A registration as the grid and the person view show it, with its person and its live donations summed. */
export interface DonorRegistrationRow extends DonorPersonFacts {
  id: string;
  officeCode: string;
  rowVersion: number;
  personId: string;
  kind: DonorKind;
  registrationDate: string;
  place: string | null;
  sampleDate: string | null;
  initialMatchDate: string | null;
  highResolutionDate: string | null;
  medicalExamDate: string | null;
  /** Stem cells: the furthest matching step; null for the other kinds and before 初配. */
  stage: MatchingStage | null;
  registrationNumber: string | null;
  familyConsent: boolean | null;
  consentBy: string | null;
  notes: string | null;
  /** Live donations under the registration, the last one's date, and for blood their millilitres. */
  donations: number;
  lastDonationDate: string | null;
  bloodMl: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  voided: boolean;
  voidReason: string | null;
}

export const DONOR_SORT_COLUMNS = [
  'name',
  'kind',
  'registrationDate',
  'lastDonationDate',
  'donations',
  'township',
  'updatedAt',
] as const;
export type DonorSortColumn = (typeof DONOR_SORT_COLUMNS)[number];

export interface DonorQuery {
  /** Name, pinyin (full or initials), ID number tail, mobile start, or a registration number. */
  search?: string;
  kind?: DonorKind;
  /** Stem-cell registrations at this matching step. */
  stage?: MatchingStage;
  township?: string;
  /** The city reads one county's register (with the same role). */
  officeCode?: string;
  includeVoided?: boolean;
  sort?: { column: DonorSortColumn; direction: 'asc' | 'desc' }[];
}

export interface DonorPageQuery extends DonorQuery {
  offset: number;
  limit: number;
}

export interface DonorPage {
  rows: DonorRegistrationRow[];
  total: number;
}

export interface DonorDonationRow {
  id: string;
  officeCode: string;
  rowVersion: number;
  registrationId: string;
  kind: DonorKind;
  donationDate: string;
  amountMl: number | null;
  place: string | null;
  notes: string | null;
  createdAt: string;
  createdBy: string;
  voided: boolean;
  voidReason: string | null;
}

/** One person's part of the register: their registrations and donations, voided ones included (marked). */
export interface DonorPerson {
  person: DonorPersonFacts & { id: string; officeCode: string; workUnit: string | null };
  registrations: DonorRegistrationRow[];
  donations: DonorDonationRow[];
}

/** What the form edits on a registration; the kind is chosen once. */
export type RegistrationEdit = Omit<RegistrationFields, 'kind'>;

/** A new registration of a person of the registry (donors.addPerson adds one it lacks). */
export type RegistrationCreateInput = RegistrationFields & { personId: string };

export interface DonationInput {
  registrationId: string;
  donationDate: string;
  /** Blood only: millilitres. */
  amountMl?: number | null;
  place?: string | null;
  notes?: string | null;
}

/** Counts of one calendar year and kind: registrations made, donations made, and for blood the millilitres. */
export interface DonorYearCount {
  year: number;
  kind: DonorKind;
  registrations: number;
  donations: number;
  bloodMl: number;
}

/** The register's figures: counts only, no name, number or date of anyone. */
export interface DonorStats {
  officeCode: string;
  years: DonorYearCount[];
  /** Live registrations now, by kind. */
  live: Record<DonorKind, number>;
}

export interface DonorSettings {
  /** Whether the register's records go into the packages to the city. */
  travelsToCity: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}
