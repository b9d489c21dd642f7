// The hours-entry form as typed, and what it means: the shared duration (start and end, or hours), each listed
// volunteer's own hours when typed, and the check before saving. Pure, so the arithmetic is the rules' own.
import type { ActivityRow, ServiceDuration } from '@core/volunteers/service/contract';
import { halfHoursOfHours, hoursOf, serviceSpan } from '@rules/volunteers';

export interface DurationDraft {
  mode: 'times' | 'hours';
  start: string;
  end: string;
  endsNextDay: boolean;
  hours: string;
}

export interface ActivityDraft {
  /** '' for a new activity. */
  activityId: string;
  name: string;
  organiser: string;
  place: string;
  content: string;
  date: string;
}

export interface ListedVolunteer {
  id: string;
  number: string;
  name: string;
  /** The volunteer's own hours as typed; '' takes the shared duration. */
  ownHours: string;
}

export const EMPTY_DURATION: DurationDraft = { mode: 'times', start: '', end: '', endsNextDay: false, hours: '' };

/** The duration an existing activity was recorded with, as the form shows it. */
export function durationOfActivity(activity: ActivityRow): DurationDraft {
  return activity.startTime && activity.endTime
    ? { mode: 'times', start: activity.startTime, end: activity.endTime, endsNextDay: activity.endsNextDay, hours: '' }
    : { ...EMPTY_DURATION, mode: 'hours', hours: String(hoursOf(activity.halfHours)) };
}

const number = (text: string) => Number(text.normalize('NFKC').trim());

/** What the contract takes; null while the draft is incomplete. */
export function durationOf(draft: DurationDraft): ServiceDuration | null {
  if (draft.mode === 'hours') return draft.hours.trim() ? { hours: number(draft.hours) } : null;
  if (!draft.start.trim() || !draft.end.trim()) return null;
  return { startTime: draft.start.trim(), endTime: draft.end.trim(), endsNextDay: draft.endsNextDay };
}

/** The shared duration in half-hours, or an error code of the rules, or null when not typed yet. */
export function sharedHalfHours(draft: DurationDraft): number | string | null {
  if (draft.mode === 'hours') {
    if (!draft.hours.trim()) return null;
    return halfHoursOfHours(number(draft.hours)) ?? 'SERVICE_HOURS_INVALID';
  }
  if (!draft.start.trim() || !draft.end.trim()) return null;
  const span = serviceSpan(draft.start, draft.end, draft.endsNextDay);
  return span.ok ? span.halfHours : span.code;
}

/** A listed volunteer's own half-hours; undefined when they take the shared duration, null when mistyped. */
export function ownHalfHours(listed: ListedVolunteer): number | null | undefined {
  if (!listed.ownHours.trim()) return undefined;
  return halfHoursOfHours(number(listed.ownHours));
}
