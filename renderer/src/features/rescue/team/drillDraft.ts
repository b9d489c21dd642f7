// The drill entry as typed and what it means: the kind, day, place and content, the hours for everyone (the
// volunteer entry's duration draft), and the members ticked as present with their own hours when they differ.
import type { DrillDetail, DrillInput, TeamMemberRow } from '@core/rescue/contract';
import type { DrillKind } from '@rules/rescue';
import { hoursOf } from '@rules/volunteers';
import { EMPTY_DURATION, type DurationDraft } from '../../volunteers/hours/entryDraft';

export interface DrillDraft {
  kind: DrillKind;
  date: string;
  place: string;
  content: string;
  duration: DurationDraft;
  /** Member id -> own hours as typed ('' takes the hours for everyone). */
  present: Record<string, string>;
  backfillReason: string;
}

export function newDrillDraft(date: string): DrillDraft {
  return { kind: 'drill', date, place: '', content: '', duration: EMPTY_DURATION, present: {}, backfillReason: '' };
}

/** A recorded drill as the form shows it. */
export function draftOfDrill(drill: DrillDetail): DrillDraft {
  const duration: DurationDraft =
    drill.startTime && drill.endTime
      ? { mode: 'times', start: drill.startTime, end: drill.endTime, endsNextDay: drill.endsNextDay, hours: '' }
      : { ...EMPTY_DURATION, mode: 'hours', hours: String(hoursOf(drill.halfHours)) };
  const present = Object.fromEntries(
    drill.attendance.map((a) => [a.teamMemberId, a.halfHours === drill.halfHours ? '' : String(hoursOf(a.halfHours))]),
  );
  return {
    kind: drill.kind,
    date: drill.date,
    place: drill.place,
    content: drill.content ?? '',
    duration,
    present,
    backfillReason: '',
  };
}

/** The members who may be ticked on the day: in the team then, and anyone already ticked. */
export function membersOnDay(members: readonly TeamMemberRow[], draft: DrillDraft): TeamMemberRow[] {
  return members.filter(
    (m) => m.id in draft.present || (m.joinedDate <= draft.date && (m.leftDate === null || m.leftDate >= draft.date)),
  );
}

/** What the contract takes for those present. */
export function attendeesOf(draft: DrillDraft): DrillInput['attendees'] {
  return Object.entries(draft.present).map(([teamMemberId, own]) =>
    own.trim() ? { teamMemberId, hours: Number(own.normalize('NFKC').trim()) } : { teamMemberId },
  );
}
