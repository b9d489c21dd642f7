// The roster filters another page opens the roster with (the dashboard's figures), carried in the hash as pairs:
// #/volunteers/status/active, #/volunteers/registeredFrom/2026-01-01/registeredTo/2026-12-31.
import { isIsoDate } from '@rules/dates';
import { VOLUNTEER_STATUSES, type VolunteerStatus } from '@rules/volunteers';

export const ROSTER_PAGE = 'volunteers';

export interface RosterLink {
  status?: VolunteerStatus;
  registeredFrom?: string;
  registeredTo?: string;
}

/** The hash parts after the page's id. */
export function rosterLinkPath(link: RosterLink): string[] {
  return Object.entries(link).flatMap(([key, value]) => (value ? [key, value] : []));
}

/** The filters the hash names; anything else in it is left out. */
export function rosterLinkOf(rest: readonly string[]): RosterLink {
  const link: RosterLink = {};
  for (let at = 0; at + 1 < rest.length; at += 2) {
    const [key, value] = [rest[at], rest[at + 1]!];
    if (key === 'status' && (VOLUNTEER_STATUSES as readonly string[]).includes(value))
      link.status = value as VolunteerStatus;
    if ((key === 'registeredFrom' || key === 'registeredTo') && isIsoDate(value)) link[key] = value;
  }
  return link;
}
