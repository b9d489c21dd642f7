// The volunteer rules: hours to the half hour (overnight activities split at midnight), the 24-hour day, the star
// levels at each threshold, back-fills after 30 days and the guardian of a volunteer under 14.
import { describe, expect, it } from 'vitest';
import {
  checkStarThresholds,
  formatVolunteerNumber,
  halfHoursOfHours,
  isBackfill,
  minutesByDay,
  needsGuardian,
  serviceSpan,
  starLevel,
} from '@rules/volunteers';

describe('service hours', () => {
  it('counts whole half hours, rounding a part of one down', () => {
    expect(serviceSpan('08:00', '11:30')).toEqual({ ok: true, minutes: 210, halfHours: 7 });
    expect(serviceSpan('08:00', '11:29')).toEqual({ ok: true, minutes: 209, halfHours: 6 });
    expect(serviceSpan('8:15', '8:44')).toEqual({ ok: false, code: 'SERVICE_TIME_TOO_SHORT' });
    expect(serviceSpan('00:00', '24:00')).toEqual({ ok: true, minutes: 1440, halfHours: 48 });
  });

  it('takes an overnight activity that ends the next day, and refuses an end before the start otherwise', () => {
    expect(serviceSpan('20:00', '06:30', true)).toEqual({ ok: true, minutes: 630, halfHours: 21 });
    expect(serviceSpan('20:00', '06:30')).toEqual({ ok: false, code: 'SERVICE_END_BEFORE_START' });
    expect(serviceSpan('09:00', '09:00')).toEqual({ ok: false, code: 'SERVICE_END_BEFORE_START' });
    expect(serviceSpan('08:00', '09:00', true)).toEqual({ ok: false, code: 'SERVICE_TIME_TOO_LONG' });
    expect(serviceSpan('8点', '9:00')).toEqual({ ok: false, code: 'SERVICE_TIME_FORMAT' });
    expect(serviceSpan('08:60', '09:00')).toEqual({ ok: false, code: 'SERVICE_TIME_FORMAT' });
  });

  it("splits an overnight service at midnight, so each day's 24 hours are counted on their own day", () => {
    const night = { start: '20:00', end: '06:30', endsNextDay: true, halfHours: 21 };
    expect(minutesByDay('2026-12-31', night)).toEqual([
      { date: '2026-12-31', minutes: 240 },
      { date: '2027-01-01', minutes: 390 },
    ]);
    expect(minutesByDay('2026-05-01', { start: null, end: null, endsNextDay: false, halfHours: 5 })).toEqual([
      { date: '2026-05-01', minutes: 150 },
    ]);
  });

  it('takes hours typed directly in half hours, from half an hour to a day', () => {
    expect(halfHoursOfHours(1.5)).toBe(3);
    expect(halfHoursOfHours(24)).toBe(48);
    expect(halfHoursOfHours(0.5)).toBe(1);
    expect(halfHoursOfHours(1.2)).toBeNull();
    expect(halfHoursOfHours(0)).toBeNull();
    expect(halfHoursOfHours(24.5)).toBeNull();
  });
});

describe('star levels', () => {
  it('gives a star at each threshold reached (100 / 300 / 600 / 1,000 / 1,500 hours), none just below', () => {
    const at = (hours: number) => starLevel(hours * 2);
    expect([at(0), at(99.5), at(100), at(299.5), at(300), at(599.5), at(600)]).toEqual([0, 0, 1, 1, 2, 2, 3]);
    expect([at(999.5), at(1000), at(1499.5), at(1500), at(20000)]).toEqual([3, 4, 4, 5, 5]);
    expect(starLevel(20, [10, 20, 30, 40, 50])).toBe(1);
  });

  it('accepts five rising whole thresholds only', () => {
    expect(checkStarThresholds([100, 300, 600, 1000, 1500])).toBe(true);
    expect(checkStarThresholds([100, 300, 300, 1000, 1500])).toBe(false);
    expect(checkStarThresholds([100, 300, 600, 1000])).toBe(false);
    expect(checkStarThresholds([0, 300, 600, 1000, 1500])).toBe(false);
  });
});

describe('the record rules', () => {
  it('marks a record entered more than 30 days after its service as a back-fill', () => {
    expect(isBackfill('2026-05-01', '2026-05-31')).toBe(false);
    expect(isBackfill('2026-05-01', '2026-06-01')).toBe(true);
  });

  it('asks for a guardian when the volunteer is under 14 on the registration day', () => {
    expect(needsGuardian('2012-06-02', '2026-06-01')).toBe(true);
    expect(needsGuardian('2012-06-01', '2026-06-01')).toBe(false);
    expect(needsGuardian(null, '2026-06-01')).toBe(false);
  });

  it('numbers a volunteer by office, never by ID number', () => {
    expect(formatVolunteerNumber('321302', 17)).toBe('321302V000017');
  });
});
