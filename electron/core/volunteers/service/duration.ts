// A service's times as stored: a start and an end (hours computed to the half hour) or hours typed directly.
import { clockMinutes, clockText, halfHoursOfHours, serviceSpan } from '@rules/volunteers';
import type { ServiceDuration } from './contract';

export interface StoredDuration {
  startTime: string | null;
  endTime: string | null;
  endsNextDay: boolean;
  halfHours: number;
}

export type DurationReading = { ok: true; duration: StoredDuration } | { ok: false; code: string };

export function readDuration(duration: ServiceDuration): DurationReading {
  if ('hours' in duration) {
    const halfHours = halfHoursOfHours(duration.hours);
    return halfHours === null
      ? { ok: false, code: 'SERVICE_HOURS_INVALID' }
      : { ok: true, duration: { startTime: null, endTime: null, endsNextDay: false, halfHours } };
  }
  const endsNextDay = duration.endsNextDay ?? false;
  const span = serviceSpan(duration.startTime, duration.endTime, endsNextDay);
  if (!span.ok) return span;
  return {
    ok: true,
    duration: {
      startTime: clockText(clockMinutes(duration.startTime)!),
      endTime: clockText(clockMinutes(duration.endTime)!),
      endsNextDay,
      halfHours: span.halfHours,
    },
  };
}
