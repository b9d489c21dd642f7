// What every indicator is computed over: one office and one period, with the reads several indicators share done
// once (the training facts, the stock values) for that office and period.
import { addDays } from '@rules/dates';
import type { CoreContext } from '../context';
import type { ReportRange } from './contract';

export interface ReportScope extends ReportRange {
  ctx: CoreContext;
  office: string;
  /** The day before `from`: the state the period starts from. */
  dayBefore: string;
  /** The instant the period ends, as entry times are stored (UTC): midnight after `to` in China (UTC+8). */
  endInstant: string;
  /** A read shared by several indicators, done once per scope. */
  once<T>(key: string, read: () => T): T;
}

export function reportScope(ctx: CoreContext, office: string, range: ReportRange): ReportScope {
  const done = new Map<string, unknown>();
  return {
    ctx,
    office,
    ...range,
    dayBefore: addDays(range.from, -1),
    endInstant: `${range.to}T16:00:00.000Z`,
    once<T>(key: string, read: () => T): T {
      if (!done.has(key)) done.set(key, read());
      return done.get(key) as T;
    },
  };
}

/** A percent counted from its parts, so a total adds the parts and divides again. */
export interface Share {
  part: number;
  /** Null where the whole is unknown (no population entered): no share. */
  whole: number | null;
}
