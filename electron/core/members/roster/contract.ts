// Types of the member roster (会员花名册) shared by core and renderer: the grid's rows and query, the form's input,
// a status change, and the office's figures.
import type { CustomFieldKey, CustomValue } from '@rules/customFields';
import type { DuesStanding, MemberKind, MemberStatus } from '@rules/members';
import type { CustomFieldMatch } from '../../../api/columnFilters';
import type { PersonInput } from '../../people/contract';

/** A member as the grid and the form show them: the person's fields (or the unit's), the member's, the dues. */
export interface MemberRow {
  id: string;
  officeCode: string;
  rowVersion: number;
  kind: MemberKind;
  personId: string | null;
  /** The person's name, or the unit's. */
  name: string;
  gender: 'M' | 'F' | null;
  /** Always masked here; people.revealId shows the whole number to who may see it. Null for a unit. */
  idNumber: string | null;
  mobile: string | null;
  unitName: string | null;
  creditCode: string | null;
  headcount: number | null;
  contactName: string | null;
  contactPhone: string | null;
  school: string | null;
  className: string | null;
  cardNumber: string;
  joinDate: string;
  approvingUnit: string | null;
  /** As recorded (有效 / 失效 / 退会 / 转出). */
  recordedStatus: MemberStatus;
  /** As shown: 失效 when the dues of the two years before the current one are both unpaid. */
  status: MemberStatus;
  /** The dues standing this year: paid up, about to lapse (last year unpaid), lapsed. */
  duesStanding: DuesStanding;
  /** The years paid, rising, and what was paid each year. */
  paidYears: number[];
  duesPaid: { year: number; amountFen: number }[];
  statusDate: string | null;
  statusReason: string | null;
  notes: string | null;
  /** The office's own fields of the roster (field key -> value); null when none is filled. */
  customFields: Record<string, CustomValue> | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  voided: boolean;
  voidReason: string | null;
}

export const MEMBER_SORT_COLUMNS = [
  'name',
  'cardNumber',
  'kind',
  'joinDate',
  'status',
  'school',
  'updatedAt',
  'createdAt',
] as const;
export type MemberSortColumn = (typeof MEMBER_SORT_COLUMNS)[number];

export interface MemberQuery {
  /** Name or unit name, pinyin (full or initials), ID number tail, mobile start, or a card number. */
  search?: string;
  kind?: MemberKind;
  /** The status as shown (失效 includes the members lapsed for dues). */
  status?: MemberStatus;
  /** Dues standing this year: the members about to lapse (last year unpaid, not lapsed yet). */
  standing?: 'dueSoon';
  /** A year's dues paid or not. */
  duesPaid?: { year: number; paid: boolean };
  school?: string;
  className?: string;
  /** A unit: the group member of that name, and the members whose person works there (工作单位). */
  unit?: string;
  officeCode?: string;
  includeVoided?: boolean;
  /** A custom field's filter, as the people grid's column filter of that field. */
  customFilters?: { key: CustomFieldKey; match: CustomFieldMatch }[];
  /** A custom field sorts by its key (f1). */
  sort?: { column: MemberSortColumn | CustomFieldKey; direction: 'asc' | 'desc' }[];
}

export interface MemberPageQuery extends MemberQuery {
  offset: number;
  limit: number;
}

export interface MemberPage {
  rows: MemberRow[];
  total: number;
}

/** What the form edits on a member (the kind is chosen once). */
export interface MemberFields {
  /** Given by the office, or the next `{office}M{seq}` when left empty. */
  cardNumber?: string | null;
  joinDate: string;
  approvingUnit?: string | null;
  unitName?: string | null;
  creditCode?: string | null;
  headcount?: number | null;
  contactName?: string | null;
  contactPhone?: string | null;
  school?: string | null;
  className?: string | null;
  notes?: string | null;
  /** Custom values by key (null clears one); keys not given keep their stored values. */
  customFields?: Record<string, CustomValue | null> | null;
}

/** A new member: a unit, or a person of the registry (or one to add to it). */
export type MemberCreateInput = MemberFields &
  (
    | { kind: 'group' }
    | { kind: 'individual' | 'youth'; personId: string }
    | { kind: 'individual' | 'youth'; person: PersonInput; acceptWarnings?: boolean }
  );

export type MemberPatch = Partial<MemberFields>;

/** A change of status, kept in the member's history; 转出 names where the member went. */
export interface MemberStatusInput {
  id: string;
  rowVersion: number;
  status: MemberStatus;
  date: string;
  reason?: string | null;
  transferTo?: string | null;
}

export interface MemberStatusChange {
  id: string;
  fromStatus: MemberStatus;
  toStatus: MemberStatus;
  changeDate: string;
  reason: string | null;
  transferTo: string | null;
  createdBy: string;
  createdAt: string;
}

/** `members stats`: live members by kind, and those lapsed (recorded or for dues). */
export interface MemberStats {
  members: number;
  byKind: { individual: number; youth: number; group: number };
  lapsed: number;
}

/** Where a class or a unit collection picks from: the schools with their classes, and the units, with counts. */
export interface MemberFacets {
  schools: { school: string; classes: { className: string; members: number }[] }[];
  units: { unit: string; members: number }[];
}
