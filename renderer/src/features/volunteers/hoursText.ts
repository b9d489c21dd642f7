// Hours as a clerk reads them: half-hours kept as integers shown as 12.5; a star level as ★★☆☆☆.
import { hoursOf } from '@rules/volunteers';

export function hoursText(halfHours: number): string {
  return String(hoursOf(halfHours));
}

export function starsText(star: number): string {
  return star > 0 ? '★'.repeat(star) : '—';
}

/** January 1st of the year of `today` (YYYY-MM-DD), as the local calendar has it. */
export function thisYear(): number {
  return new Date().getFullYear();
}
