// The member rules: the dues caps by kind and headcount band, and the lapse rule at the year boundary (two unpaid
// calendar years before the current one end an adult's or a unit's membership; youth never lapse for dues).
import { describe, expect, it } from 'vitest';
import {
  checkDuesAmount,
  derivedMemberStatus,
  duesCapFen,
  duesHeaderYear,
  duesStanding,
  formatReceiptNumber,
} from '@rules/members';

describe('dues caps', () => {
  it('caps an adult at 10 元 and a youth member at 5 元', () => {
    expect(duesCapFen('individual', null)).toBe(1_000);
    expect(duesCapFen('youth', null)).toBe(500);
    expect(checkDuesAmount('individual', null, 1_000)).toEqual({ ok: true });
    expect(checkDuesAmount('individual', null, 1_001)).toEqual({ ok: false, code: 'DUES_OVER_CAP', capFen: 1_000 });
    expect(checkDuesAmount('youth', null, 501)).toEqual({ ok: false, code: 'DUES_OVER_CAP', capFen: 500 });
    expect(checkDuesAmount('youth', null, 0)).toEqual({ ok: false, code: 'DUES_AMOUNT_INVALID', capFen: 500 });
    expect(checkDuesAmount('individual', null, 10.5)).toEqual({
      ok: false,
      code: 'DUES_AMOUNT_INVALID',
      capFen: 1_000,
    });
  });

  it('caps a unit by its headcount band, each edge in the higher band', () => {
    expect(duesCapFen('group', 199)).toBe(30_000);
    expect(duesCapFen('group', 200)).toBe(50_000);
    expect(duesCapFen('group', 499)).toBe(50_000);
    expect(duesCapFen('group', 500)).toBe(100_000);
    expect(duesCapFen('group', 999)).toBe(100_000);
    expect(duesCapFen('group', 1_000)).toBe(150_000);
    expect(duesCapFen('group', 1_999)).toBe(150_000);
    expect(duesCapFen('group', 2_000)).toBe(200_000);
    expect(duesCapFen('group', 50_000)).toBe(200_000);
    expect(checkDuesAmount('group', 150, 30_001)).toMatchObject({ ok: false, code: 'DUES_OVER_CAP' });
  });

  it('uses an office’s edited caps', () => {
    const caps = {
      individualFen: 2_000,
      youthFen: 500,
      groupBands: [{ below: 100, capFen: 10_000 }],
      groupTopFen: 90_000,
    };
    expect(duesCapFen('individual', null, caps)).toBe(2_000);
    expect(duesCapFen('group', 99, caps)).toBe(10_000);
    expect(duesCapFen('group', 100, caps)).toBe(90_000);
  });
});

describe('the lapse rule', () => {
  it('lapses an adult whose two years before the current one are both unpaid, in the new year and not before', () => {
    // Joined 2022, paid 2022 and 2023; 2024 and 2025 unpaid.
    expect(duesStanding('individual', 2022, [2022, 2023], 2025)).toBe('dueSoon');
    expect(duesStanding('individual', 2022, [2022, 2023], 2026)).toBe('lapsed');
    expect(duesStanding('group', 2022, [2022, 2023], 2026)).toBe('lapsed');
    expect(derivedMemberStatus('active', duesStanding('individual', 2022, [2022, 2023], 2026))).toBe('lapsed');
    expect(derivedMemberStatus('active', duesStanding('individual', 2022, [2022, 2023], 2025))).toBe('active');
  });

  it('calls a member about to lapse when only last year is unpaid, and keeps one who paid either year', () => {
    expect(duesStanding('individual', 2020, [2024], 2026)).toBe('dueSoon');
    expect(duesStanding('individual', 2020, [2025], 2026)).toBe('paid');
    expect(duesStanding('individual', 2020, [2025], 2027)).toBe('dueSoon');
    expect(duesStanding('individual', 2020, [2025], 2028)).toBe('lapsed');
  });

  it('never lapses a youth member for dues', () => {
    expect(duesStanding('youth', 2015, [], 2026)).toBe('paid');
    expect(derivedMemberStatus('active', duesStanding('youth', 2015, [], 2026))).toBe('active');
  });

  it('does not count years before the member joined', () => {
    expect(duesStanding('individual', 2025, [], 2026)).toBe('dueSoon');
    expect(duesStanding('individual', 2026, [], 2026)).toBe('paid');
    expect(duesStanding('individual', 2025, [], 2027)).toBe('lapsed');
  });

  it('keeps a recorded 退会 or 转出 whatever the dues say', () => {
    expect(derivedMemberStatus('withdrawn', 'paid')).toBe('withdrawn');
    expect(derivedMemberStatus('transferred', 'lapsed')).toBe('transferred');
  });
});

describe('old rosters and receipts', () => {
  it('reads the year of a dues column header', () => {
    expect(duesHeaderYear('2024年会费')).toBe(2024);
    expect(duesHeaderYear('2024会费')).toBe(2024);
    expect(duesHeaderYear(' 2023年度会费（元）')).toBe(2023);
    expect(duesHeaderYear('会费')).toBeNull();
    expect(duesHeaderYear('2024年服务时长')).toBeNull();
  });

  it('numbers receipts per office and year', () => {
    expect(formatReceiptNumber('320101', 2026, 7)).toBe('320101-2026-00007');
  });
});
