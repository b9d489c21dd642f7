// Types of the volunteer roster (志愿者花名册) shared by core and renderer: the grid's rows and query, the form's
// input, and the teams and skills lists.
import type { CustomFieldKey, CustomValue } from '@rules/customFields';
import type { StarLevel, VolunteerGroupKind, VolunteerStatus } from '@rules/volunteers';
import type { CustomFieldMatch } from '../../../api/columnFilters';
import type { PersonInput } from '../../people/contract';

export interface GroupRef {
  id: string;
  name: string;
}

/** A volunteer as the grid and the form show them: the person's fields, the volunteer's, and their hours. */
export interface VolunteerRow {
  id: string;
  officeCode: string;
  rowVersion: number;
  personId: string;
  number: string;
  name: string;
  gender: 'M' | 'F' | null;
  /** Always masked here; people.revealId shows the whole number to who may see it. */
  idNumber: string;
  /** Null for a user who may not reveal ID numbers (the birth date is the mask's hidden digits). */
  birthDate: string | null;
  mobile: string | null;
  township: string | null;
  village: string | null;
  workUnit: string | null;
  registrationDate: string;
  status: VolunteerStatus;
  statusReason: string | null;
  guardianName: string | null;
  guardianPhone: string | null;
  notes: string | null;
  /** The office's own fields of the roster (field key -> value); null when none is filled. */
  customFields: Record<string, CustomValue> | null;
  teams: GroupRef[];
  skills: GroupRef[];
  /** Approved hours in half-hours: all time, and in the current calendar year; hours still waiting for approval. */
  approvedHalfHours: number;
  approvedHalfHoursThisYear: number;
  pendingHalfHours: number;
  /** From all-time approved hours and the office's thresholds. */
  star: StarLevel;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  voided: boolean;
  voidReason: string | null;
}

export const VOLUNTEER_SORT_COLUMNS = [
  'name',
  'number',
  'registrationDate',
  'status',
  'township',
  'updatedAt',
  'createdAt',
] as const;
export type VolunteerSortColumn = (typeof VOLUNTEER_SORT_COLUMNS)[number];

export interface VolunteerQuery {
  /** Name, pinyin (full or initials), ID number tail, mobile start, or a volunteer number. */
  search?: string;
  status?: VolunteerStatus;
  teamId?: string;
  skillId?: string;
  township?: string;
  registeredFrom?: string;
  registeredTo?: string;
  /** The city reads one county's roster. */
  officeCode?: string;
  includeVoided?: boolean;
  /** A custom field's filter, as the people grid's column filter of that field. */
  customFilters?: { key: CustomFieldKey; match: CustomFieldMatch }[];
  /** A custom field sorts by its key (f1). */
  sort?: { column: VolunteerSortColumn | CustomFieldKey; direction: 'asc' | 'desc' }[];
}

export interface VolunteerPageQuery extends VolunteerQuery {
  offset: number;
  limit: number;
}

export interface VolunteerPage {
  rows: VolunteerRow[];
  total: number;
}

/** What the form edits on a volunteer. */
export interface VolunteerFields {
  registrationDate: string;
  status?: VolunteerStatus;
  /** Required for 暂停 and 注销. */
  statusReason?: string | null;
  /** Required when the volunteer is under 14 on the registration day. */
  guardianName?: string | null;
  guardianPhone?: string | null;
  notes?: string | null;
  teamIds?: string[];
  skillIds?: string[];
  /** Custom values by key (null clears one); keys not given keep their stored values. */
  customFields?: Record<string, CustomValue | null> | null;
}

/** A new volunteer: a person of the registry, or a person to add to it. */
export type VolunteerCreateInput = VolunteerFields &
  ({ personId: string } | { person: PersonInput; acceptWarnings?: boolean });

export type VolunteerPatch = Partial<VolunteerFields>;

/** A team (志愿服务队) or a skill of the office's editable lists. */
export interface VolunteerGroupRow {
  id: string;
  rowVersion: number;
  kind: VolunteerGroupKind;
  name: string;
  notes: string | null;
  sortOrder: number;
  /** Live volunteers in the team or with the skill. */
  members: number;
  voided: boolean;
}
