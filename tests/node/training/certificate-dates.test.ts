// A certificate's printed expiry (issue + validity months - 1 day, EDATE's month ends), its derived status
// on a day, and how long a 复训 still renews it.
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  certificateExpiry,
  certificateStatus,
  isRenewable,
  renewableUntil,
} from '@rules/training/certificateDates';

describe('certificate expiry', () => {
  it('is the day before the same date three years on', () => {
    expect(certificateExpiry('2025-06-30')).toBe('2028-06-29');
    expect(certificateExpiry('2025-01-01')).toBe('2027-12-31');
    expect(certificateExpiry('2025-03-01', 36)).toBe('2028-02-29'); // the day before 1 March of a leap year
    expect(certificateExpiry('2026-03-01', 36)).toBe('2029-02-28');
  });

  it('counts 29 February and month ends as EDATE does, then takes a day off', () => {
    expect(certificateExpiry('2024-02-29', 36)).toBe('2027-02-27');
    expect(certificateExpiry('2024-02-29', 48)).toBe('2028-02-28'); // 2028 has its own 29 February
    expect(certificateExpiry('2023-01-31', 1)).toBe('2023-02-27');
    expect(certificateExpiry('2024-01-31', 1)).toBe('2024-02-28');
    expect(certificateExpiry('2023-03-31', 1)).toBe('2023-04-29');
    expect(certificateExpiry('2023-08-31', 12)).toBe('2024-08-30');
    expect(certificateExpiry('2023-12-31', 2)).toBe('2024-02-28');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
  });
});

describe('certificate status', () => {
  const card = { expiryDate: '2028-06-29', revoked: false, superseded: false };

  it('is valid until 90 days are left, expiring through its last day, expired the day after', () => {
    expect(certificateStatus(card, '2025-06-30')).toBe('VALID');
    expect(certificateStatus(card, '2028-03-30')).toBe('VALID'); // 91 days left
    expect(certificateStatus(card, '2028-03-31')).toBe('EXPIRING'); // 90 days left
    expect(certificateStatus(card, '2028-06-29')).toBe('EXPIRING');
    expect(certificateStatus(card, '2028-06-30')).toBe('EXPIRED');
  });

  it('is revoked or superseded whatever its dates, revoked first', () => {
    expect(certificateStatus({ ...card, revoked: true }, '2025-07-01')).toBe('REVOKED');
    expect(certificateStatus({ ...card, superseded: true }, '2025-07-01')).toBe('SUPERSEDED');
    expect(certificateStatus({ ...card, superseded: true }, '2030-01-01')).toBe('SUPERSEDED');
    expect(certificateStatus({ ...card, revoked: true, superseded: true }, '2025-07-01')).toBe('REVOKED');
  });

  it('is renewable by a 复训 until twelve months after expiry, then only by the full course', () => {
    expect(renewableUntil('2028-06-29')).toBe('2029-06-29');
    expect(isRenewable(card, '2028-01-10')).toBe(true);
    expect(isRenewable(card, '2029-06-29')).toBe(true);
    expect(isRenewable(card, '2029-06-30')).toBe(false);
    expect(isRenewable(card, '2028-12-31', 6)).toBe(false);
    expect(isRenewable({ ...card, superseded: true }, '2028-01-10')).toBe(false);
    expect(isRenewable({ ...card, revoked: true }, '2028-01-10')).toBe(false);
  });
});
