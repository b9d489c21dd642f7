// Volunteers (志愿者) and their service hours (志愿服务时长): the rules the form, the core, the imports and the city's
// check share. Hours are kept as whole half-hours, never as fractions; a time of day as minutes after midnight.
import { addDays } from './dates';

/** 在册 / 暂停 / 注销 (a reason is kept with the last two). */
export const VOLUNTEER_STATUSES = ['active', 'suspended', 'deregistered'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/** 志愿服务队 and the skills list (应急救护, 心理疏导 ...) are both editable lists of names. */
export const VOLUNTEER_GROUP_KINDS = ['team', 'skill'] as const;
export type VolunteerGroupKind = (typeof VOLUNTEER_GROUP_KINDS)[number];

/** 待审核 → 已通过 or 已退回; only approved hours count. */
export const SERVICE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/**
 * How a service record came in: typed for an activity, from an imported file of old hours, or kept in step with a
 * rescue team's drill or call-out (one record per volunteer present, changed and voided with the drill).
 */
export const SERVICE_SOURCES = ['entry', 'import', 'drill'] as const;
export type ServiceSource = (typeof SERVICE_SOURCES)[number];

export const DEFAULT_SKILLS = ['应急救护', '心理疏导', '驾驶', '外语'] as const;

/** One to five stars at these approved hours (editable in the settings). */
export const DEFAULT_STAR_THRESHOLDS = [100, 300, 600, 1000, 1500] as const;
export const STAR_LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type StarLevel = (typeof STAR_LEVELS)[number];

export const MINUTES_PER_DAY = 24 * 60;
/** One volunteer's service on one day may not pass 24 hours. */
export const HALF_HOURS_PER_DAY = 48;
/** A record entered more than this many days after its service date is a back-fill (补录) and needs a reason. */
export const BACKFILL_AFTER_DAYS = 30;
/** A volunteer younger than this on the registration day needs a guardian's name and phone. */
export const GUARDIAN_UNDER_AGE = 14;

/** `HH:MM` as typed or stored (24-hour clock); `24:00` ends a day. */
const CLOCK = /^(\d{1,2})[:：](\d{2})$/;

/** Minutes after midnight of `HH:MM`, or null when it is no time of day. */
export function clockMinutes(text: string): number | null {
  const parts = CLOCK.exec(text.normalize('NFKC').trim());
  if (!parts) return null;
  const minutes = Number(parts[1]) * 60 + Number(parts[2]);
  if (Number(parts[2]) > 59 || minutes > MINUTES_PER_DAY) return null;
  return minutes;
}

/** The stored form of a time of day: `HH:MM`. */
export function clockText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export type ServiceTimeCode =
  'SERVICE_TIME_FORMAT' | 'SERVICE_END_BEFORE_START' | 'SERVICE_TIME_TOO_SHORT' | 'SERVICE_TIME_TOO_LONG';
export type ServiceSpan = { ok: true; minutes: number; halfHours: number } | { ok: false; code: ServiceTimeCode };

/**
 * The service between `start` and `end` (HH:MM). An activity that runs past midnight says so (`endsNextDay`): its
 * end is on the next day. Hours are counted in whole half-hours, rounded down (travel and breaks are not service).
 */
export function serviceSpan(start: string, end: string, endsNextDay = false): ServiceSpan {
  const from = clockMinutes(start);
  const to = clockMinutes(end);
  if (from === null || to === null) return { ok: false, code: 'SERVICE_TIME_FORMAT' };
  const minutes = to + (endsNextDay ? MINUTES_PER_DAY : 0) - from;
  if (minutes <= 0) return { ok: false, code: 'SERVICE_END_BEFORE_START' };
  if (minutes > MINUTES_PER_DAY) return { ok: false, code: 'SERVICE_TIME_TOO_LONG' };
  if (minutes < 30) return { ok: false, code: 'SERVICE_TIME_TOO_SHORT' };
  return { ok: true, minutes, halfHours: Math.floor(minutes / 30) };
}

/** A service's share of each calendar day (an overnight one is split at midnight), in minutes. */
export function minutesByDay(
  date: string,
  service: { start: string | null; end: string | null; endsNextDay: boolean; halfHours: number },
): { date: string; minutes: number }[] {
  const from = service.start === null ? null : clockMinutes(service.start);
  const to = service.end === null ? null : clockMinutes(service.end);
  if (from === null || to === null) return [{ date, minutes: service.halfHours * 30 }];
  if (!service.endsNextDay) return [{ date, minutes: to - from }];
  return [
    { date, minutes: MINUTES_PER_DAY - from },
    { date: addDays(date, 1), minutes: to },
  ].filter((share) => share.minutes > 0);
}

/** Hours entered directly: a positive number of whole half-hours (1.5 → 3), at most a day. Null when not. */
export function halfHoursOfHours(hours: number): number | null {
  const halves = hours * 2;
  if (!Number.isFinite(halves) || !Number.isInteger(Math.round(halves * 1e6) / 1e6)) return null;
  const whole = Math.round(halves);
  return whole >= 1 && whole <= HALF_HOURS_PER_DAY ? whole : null;
}

/** 12.5 for 25 half-hours: what a screen shows. */
export function hoursOf(halfHours: number): number {
  return halfHours / 2;
}

/** Thresholds in hours, strictly rising, each a whole positive number: five of them. */
export function checkStarThresholds(thresholds: readonly number[]): boolean {
  return (
    thresholds.length === DEFAULT_STAR_THRESHOLDS.length &&
    thresholds.every((t, n) => Number.isInteger(t) && t > 0 && t <= 100_000 && (n === 0 || t > thresholds[n - 1]!))
  );
}

/** The star level of approved hours (in half-hours): the number of thresholds reached. */
export function starLevel(
  approvedHalfHours: number,
  thresholds: readonly number[] = DEFAULT_STAR_THRESHOLDS,
): StarLevel {
  let level = 0;
  for (const hours of thresholds) if (approvedHalfHours >= hours * 2) level++;
  return level as StarLevel;
}

/** Whole days from the service date to the day it was entered. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A record entered more than 30 days after its service is a back-fill (补录). */
export function isBackfill(serviceDate: string, enteredOn: string): boolean {
  return daysBetween(serviceDate, enteredOn) > BACKFILL_AFTER_DAYS;
}

/** Full years of age on `onDate` for a birth date (both YYYY-MM-DD). */
export function ageOn(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Under 14 on the registration day: the guardian's name and phone are required. */
export function needsGuardian(birthDate: string | null, registrationDate: string): boolean {
  return birthDate !== null && ageOn(birthDate, registrationDate) < GUARDIAN_UNDER_AGE;
}

/** A volunteer number: the office code, V, and a six-digit sequence (321302V000017); never the ID number. */
export function formatVolunteerNumber(officeCode: string, seq: number): string {
  return `${officeCode}V${String(seq).padStart(6, '0')}`;
}

/** A service-record proof number (志愿服务记录证明): office, year and a four-digit sequence per year. */
export function formatProofNumber(officeCode: string, year: number, seq: number): string {
  return `${officeCode}VZ${year}${String(seq).padStart(4, '0')}`;
}
