// Types of the rescue teams (应急救援队) shared by core and renderer: who may do what, the teams and their
// members with each one's first-aid readiness, the equipment assigned, and the drills and call-outs.
import type { CustomFieldKey, CustomValue } from '@rules/customFields';
import type { DrillKind, Readiness, RescueListKind } from '@rules/rescue';
import type { Role } from '@rules/roles';
import type { ServiceStatus } from '@rules/volunteers';
import type { CustomFieldMatch } from '../../api/columnFilters';
import type { ServiceDuration } from '../volunteers/service/contract';

/** Clerks keep the teams (admins may too); everyone who reads the office's rosters reads them. */
export const RESCUE_CLERKS: readonly Role[] = ['clerk'];
export const RESCUE_READERS: readonly Role[] = ['clerk', 'approver', 'viewer', 'trainer'];

export type RescueSettings = Record<RescueListKind, string[]>;

/** A list as the settings screen saves it; a renamed name is renamed on the teams or members that carry it. */
export interface RescueListInput {
  kind: RescueListKind;
  names: string[];
  renamed?: { from: string; to: string }[];
}

export interface RescueTeamRow {
  id: string;
  officeCode: string;
  rowVersion: number;
  number: string;
  name: string;
  type: string;
  foundedDate: string | null;
  contactPhone: string | null;
  notes: string | null;
  /** Members in the team today (not left). */
  members: number;
  /** Of them, those whose first-aid certificate holds today (有效 or 即将到期). */
  ready: number;
  lastDrillDate: string | null;
  voided: boolean;
  voidReason: string | null;
}

export const TEAM_SORT_COLUMNS = ['number', 'name', 'type', 'foundedDate', 'members'] as const;
export type TeamSortColumn = (typeof TEAM_SORT_COLUMNS)[number];

export interface RescueTeamQuery {
  /** A part of the team's name or number. */
  search?: string;
  type?: string;
  includeVoided?: boolean;
  /** The city reads one county's teams. */
  officeCode?: string;
  sort?: { column: TeamSortColumn; direction: 'asc' | 'desc' }[];
  offset: number;
  limit: number;
}

export interface RescueTeamPage {
  rows: RescueTeamRow[];
  total: number;
}

export interface RescueTeamInput {
  /** Given by the office, or the next {office code}JY{seq} when left blank. */
  number?: string | null;
  name: string;
  type: string;
  foundedDate?: string | null;
  contactPhone?: string | null;
  notes?: string | null;
}

export type RescueTeamPatch = Partial<Omit<RescueTeamInput, 'number'>>;

/** A member of a team as the team page, the call-out list and the drill entry show them. */
export interface TeamMemberRow {
  id: string;
  officeCode: string;
  rowVersion: number;
  teamId: string;
  personId: string;
  name: string;
  gender: 'M' | 'F' | null;
  /** Always masked here. */
  idNumber: string;
  mobile: string | null;
  phone: string | null;
  role: string;
  joinedDate: string;
  leftDate: string | null;
  leaveReason: string | null;
  /** The person's volunteer number when they are a volunteer of the office. */
  volunteerNumber: string | null;
  readiness: Readiness;
  certificateNumber: string | null;
  certificateExpiry: string | null;
  customFields: Record<string, CustomValue> | null;
}

export const MEMBER_SORT_COLUMNS = ['role', 'name', 'joinedDate', 'readiness'] as const;
export type MemberSortColumn = (typeof MEMBER_SORT_COLUMNS)[number];

export interface TeamMemberQuery {
  teamId: string;
  /** Members who left are shown too (after the others). */
  includeLeft?: boolean;
  readiness?: Readiness;
  /** Name, pinyin, ID number tail or mobile start. */
  search?: string;
  customFilters?: { key: CustomFieldKey; match: CustomFieldMatch }[];
  sort?: { column: MemberSortColumn | CustomFieldKey; direction: 'asc' | 'desc' }[];
  offset: number;
  limit: number;
}

export interface TeamMemberPage {
  rows: TeamMemberRow[];
  total: number;
}

/** A new member: a person of the registry, or a volunteer of the office (their person joins). */
export type TeamMemberInput = {
  teamId: string;
  role: string;
  joinedDate: string;
  customFields?: Record<string, CustomValue | null> | null;
} & ({ personId: string } | { volunteerId: string });

export interface TeamMemberPatch {
  role?: string;
  joinedDate?: string;
  customFields?: Record<string, CustomValue | null> | null;
}

export interface EquipmentRow {
  id: string;
  rowVersion: number;
  teamId: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  unit: string;
  specification: string | null;
  quantity: number;
  assignedDate: string;
  returnedDate: string | null;
  note: string | null;
}

export interface EquipmentInput {
  teamId: string;
  itemId: string;
  quantity: number;
  assignedDate: string;
  note?: string | null;
}

export interface DrillRow {
  id: string;
  rowVersion: number;
  teamId: string;
  kind: DrillKind;
  date: string;
  place: string;
  content: string | null;
  startTime: string | null;
  endTime: string | null;
  endsNextDay: boolean;
  /** The hours every member present gets unless given their own. */
  halfHours: number;
  /** Members present and their hours together. */
  attendees: number;
  attendeeHalfHours: number;
  createdBy: string;
  voided: boolean;
  voidReason: string | null;
}

export interface DrillAttendee {
  teamMemberId: string;
  name: string;
  role: string;
  halfHours: number;
  volunteerNumber: string | null;
  /** The volunteer service record the hours made, when the member is a volunteer. */
  serviceStatus: ServiceStatus | null;
  serviceVoided: boolean;
}

export interface DrillDetail extends DrillRow {
  attendance: DrillAttendee[];
}

/** A drill or call-out as entered: the same hours for every member present, a few with their own. */
export interface DrillInput {
  kind: DrillKind;
  date: string;
  place: string;
  content?: string | null;
  duration: ServiceDuration;
  attendees: { teamMemberId: string; hours?: number | null }[];
  /** Needed when volunteers' hours are recorded more than 30 days after the day (补录). */
  backfillReason?: string | null;
}
