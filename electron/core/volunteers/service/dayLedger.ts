// The 24-hours-a-day rule for one volunteer: the minutes of each volunteer's day, from the records already kept
// (pending or approved, live) and those being added; an overnight service counts on each of its two days.
import { addDays } from '@rules/dates';
import { minutesByDay, MINUTES_PER_DAY } from '@rules/volunteers';
import type { CoreContext } from '../../context';
import { tupleRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';

export interface DayService {
  start: string | null;
  end: string | null;
  endsNextDay: boolean;
  halfHours: number;
}

const KEPT = tupleRead<
  [
    id: string,
    volunteerId: string,
    date: string,
    start: string | null,
    end: string | null,
    next: number,
    halfHours: number,
  ]
>(
  `SELECT id, volunteer_id, service_date, start_time, end_time, ends_next_day, half_hours
   FROM volunteer_service_records INDEXED BY volunteer_service_volunteer
   WHERE voided = 0 AND status IN ('pending', 'approved') AND volunteer_id IN (${IN_LIST})
     AND service_date BETWEEN ? AND ?`,
);

export class DayLedger {
  private readonly minutes = new Map<string, number>();

  /** Adds the service; false (and nothing added) when a day of it would pass 24 hours; the day is then `overDay`. */
  add(volunteerId: string, date: string, service: DayService): boolean {
    const shares = minutesByDay(date, service);
    const over = shares.find((s) => (this.minutes.get(volunteerId + s.date) ?? 0) + s.minutes > MINUTES_PER_DAY);
    if (over) {
      this.overDay = over.date;
      return false;
    }
    for (const s of shares)
      this.minutes.set(volunteerId + s.date, (this.minutes.get(volunteerId + s.date) ?? 0) + s.minutes);
    return true;
  }

  overDay: string | null = null;

  /**
   * Loads the kept records of the volunteers between the days (the day before `from` for overnight ones), but
   * those of `except` (records about to be changed, counted again as they will be).
   */
  static kept(
    ctx: CoreContext,
    volunteerIds: readonly string[],
    from: string,
    to: string,
    except: ReadonlySet<string> = new Set(),
  ): DayLedger {
    const ledger = new DayLedger();
    const read = KEPT.on(ctx.store.sqlite);
    for (const batch of inListBatches(volunteerIds))
      for (const [recordId, id, date, start, end, next, halfHours] of read.all(...batch, addDays(from, -1), to))
        if (!except.has(recordId)) ledger.add(id, date, { start, end, endsNextDay: next === 1, halfHours });
    return ledger;
  }
}
