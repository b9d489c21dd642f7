// The one date reader shared by the importers and the forms' date inputs (rules/dates.ts).
import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate, isIsoDate, isIsoMonth, isIsoTime, readDateText } from '@rules/dates';
import { ADMIN_PASSWORD, callerFor, officeBackend } from '../support';

describe('readDateText', () => {
  it.each([
    '2025.6.30',
    '2025/6/30',
    '20250630',
    '2025年6月30日',
    '2025-6-30',
    ' 2025-06-30 ',
    '２０２５．６．３０',
    '2025年06月30号',
    '2025-06-30 08:15',
  ])('reads %s as 2025-06-30', (text) => {
    expect(readDateText(text)).toEqual({ ok: true, date: '2025-06-30' });
  });

  it('refuses a day that does not exist instead of rolling it over', () => {
    expect(readDateText('2025-2-30')).toEqual({ ok: false, code: 'DATE_IMPOSSIBLE' });
    expect(readDateText('2025.13.1')).toEqual({ ok: false, code: 'DATE_IMPOSSIBLE' });
    expect(readDateText('2024.2.29')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('tells text that is no date from a year out of range', () => {
    expect(readDateText('6/30/2025')).toEqual({ ok: false, code: 'DATE_FORMAT' });
    expect(readDateText('2025-6')).toEqual({ ok: false, code: 'DATE_FORMAT' });
    expect(readDateText('1900-01-01')).toEqual({ ok: false, code: 'DATE_RANGE' });
  });
});

describe('isIsoDate and addDays', () => {
  it('takes only real days written yyyy-mm-dd', () => {
    expect(isIsoDate('2025-06-30')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025.6.30')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('steps across month and year ends', () => {
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('the contract', () => {
  it('refuses a day that does not exist, naming the field, and stores nothing', async () => {
    const { backend } = officeBackend();
    const caller = callerFor(backend.router, 'keeper');
    await backend.router.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, caller);
    const event = { name: '洪涝', kind: '洪涝', place: '埠子镇' };
    expect(await backend.router.call('stock.events.create', { ...event, date: '2025-02-30' }, caller)).toMatchObject({
      ok: false,
      error: { code: 'INPUT_INVALID', details: { issues: [{ path: 'date', code: 'invalid_format' }] } },
    });
    expect(await backend.router.call('stock.events.list', {}, caller)).toMatchObject({ ok: true, value: [] });
    expect(await backend.router.call('stock.events.create', { ...event, date: '2024-02-29' }, caller)).toMatchObject({
      ok: true,
      value: { date: '2024-02-29' },
    });
  });
});

describe('stored forms: calendar dates of any year, months, times', () => {
  it('takes a real day of any year as a travelling date, but only 1950-2199 as a typed one', () => {
    expect([isCalendarDate('1930-05-01'), isIsoDate('1930-05-01')]).toEqual([true, false]);
    expect(
      ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2025-04-31', '2025-4-30'].map(isCalendarDate),
    ).toEqual([true, false, true, false, false, false]);
    expect(['2025-06', '2025-13', '2025-6'].map(isIsoMonth)).toEqual([true, false, false]);
    expect(
      ['2025-06-30T08:15:00.123Z', '2025-06-30 08:15', '2025-06-30T8:15', `2025-06-30T08:15:00.${'1'.repeat(30)}Z`].map(
        isIsoTime,
      ),
    ).toEqual([true, true, false, false]);
  });
});
