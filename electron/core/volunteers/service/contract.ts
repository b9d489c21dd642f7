// Types of the service records (志愿服务记录) shared by core and renderer: activities, entering one activity's
// hours for many volunteers, the approval list, and the totals, star counts and milestones.
import type { ServiceSource, ServiceStatus, StarLevel } from '@rules/volunteers';

/** A time of day as HH:MM; an activity past midnight ends the next day. */
export interface ServiceTimes {
  startTime: string;
  endTime: string;
  endsNextDay?: boolean;
}

/** Either a start and an end, or the hours typed directly (in hours: 2.5). */
export type ServiceDuration = ServiceTimes | { hours: number };

export interface ActivityInput {
  name: string;
  organiser?: string | null;
  place?: string | null;
  content?: string | null;
  date: string;
}

export interface ActivityRow {
  id: string;
  rowVersion: number;
  name: string;
  organiser: string | null;
  place: string | null;
  content: string | null;
  date: string;
  startTime: string | null;
  endTime: string | null;
  endsNextDay: boolean;
  halfHours: number;
  /** Live service records naming it. */
  records: number;
}

/** One activity's hours for many volunteers: the same for all, with a few given their own. */
export interface ServiceEntryInput {
  /** An activity already recorded, or a new one. */
  activityId?: string;
  activity?: ActivityInput;
  volunteerIds: string[];
  duration: ServiceDuration;
  overrides?: ({ volunteerId: string } & ServiceDuration)[];
  /** Required when the date is more than 30 days ago (补录). */
  backfillReason?: string | null;
}

export interface ServiceEntryResult {
  activity: ActivityRow;
  created: number;
  /** The sum of the records' hours, in half-hours. */
  halfHours: number;
  backfill: boolean;
  recordIds: string[];
}

export interface ServiceRecordRow {
  id: string;
  rowVersion: number;
  volunteerId: string;
  volunteerNumber: string;
  name: string;
  activityId: string;
  activityName: string;
  serviceDate: string;
  startTime: string | null;
  endTime: string | null;
  endsNextDay: boolean;
  halfHours: number;
  status: ServiceStatus;
  source: ServiceSource;
  backfill: boolean;
  backfillReason: string | null;
  /** Who entered it (the record's author) and when. */
  createdBy: string;
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  rejectReason: string | null;
  voided: boolean;
}

export interface ServiceQuery {
  status?: ServiceStatus;
  volunteerId?: string;
  activityId?: string;
  dateFrom?: string;
  dateTo?: string;
  backfill?: boolean;
  includeVoided?: boolean;
  offset: number;
  limit: number;
}

export interface ServicePage {
  rows: ServiceRecordRow[];
  total: number;
  /** The hours of all rows the query keeps (not only this page), in half-hours. */
  halfHours: number;
}

export interface ServiceDecision {
  decided: number;
  status: 'approved' | 'rejected';
}

/** The office's figures: volunteers by star level from all-time approved hours; approved hours (of a year if asked). */
export interface VolunteerStats {
  volunteers: number;
  approvedHalfHours: number;
  byStar: Record<StarLevel, number>;
  thresholds: number[];
}

/** A volunteer whose approved hours reached a new star level in the year. */
export interface MilestoneRow {
  volunteerId: string;
  number: string;
  name: string;
  starBefore: StarLevel;
  star: StarLevel;
  /** Approved hours up to the end of the year, in half-hours. */
  approvedHalfHours: number;
}

/** A volunteer named on the hours-entry screen (ID number masked). */
export interface VolunteerPick {
  id: string;
  number: string;
  name: string;
  idNumber: string;
  /** On the active roster (在册, not voided): only they may be entered. */
  active: boolean;
}

export interface VolunteerPicks {
  found: VolunteerPick[];
  /** Tokens naming no volunteer of the office, with their line and why (an ID number's format code, or VOLUNTEER_UNKNOWN). */
  unmatched: { line: number; text: string; code: string }[];
}

/** What volunteers.service.check reads of an entry: its date (or activity), volunteers and hours. */
export interface ServiceEntryCheck {
  activityId?: string;
  date?: string;
  volunteerIds: string[];
  duration: ServiceDuration;
  overrides?: ({ volunteerId: string } & ServiceDuration)[];
}

/** A volunteer the entry would be refused for: off the active roster, or more than 24 hours on `date`. */
export interface EntryRefusal {
  volunteerId: string;
  name: string;
  code: 'SERVICE_VOLUNTEER_NOT_ACTIVE' | 'SERVICE_DAY_OVER_24';
  date: string | null;
}
