// A certificate's dates and the status they give it on a given day: the card's printed expiry, how long a 复训
// still renews it, and the five statuses clerks see (有效, 即将到期, 已过期, 已撤销, 已换证).
import { addDays, addMonths } from '../dates';

export { addMonths } from '../dates';

/** Three years, as the cards are printed (Shanghai's rule, the common one). */
export const DEFAULT_VALIDITY_MONTHS = 36;
/** How long after expiry a 复训 still renews; later, the full course again. */
export const DEFAULT_RENEWAL_GRACE_MONTHS = 12;
/** Within this many days of expiry a valid certificate is shown as 即将到期. */
export const EXPIRING_WITHIN_DAYS = 90;

export const CERTIFICATE_STATUSES = ['VALID', 'EXPIRING', 'EXPIRED', 'REVOKED', 'SUPERSEDED'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * The last day a certificate is valid: issue date + validity months - 1 day, i.e. `=EDATE(issue, months) - 1`.
 * A card issued 2024-02-29 for 36 months is valid through 2027-02-27 (EDATE gives 2027-02-28); one issued
 * 2023-01-31 for one month through 2023-02-27. Month ends therefore never roll over into the next month.
 */
export function certificateExpiry(issueDate: string, validityMonths: number = DEFAULT_VALIDITY_MONTHS): string {
  return addDays(addMonths(issueDate, validityMonths), -1);
}

/** The last day a 复训 still renews a certificate (inclusive), counted from its expiry the same EDATE way. */
export function renewableUntil(expiryDate: string, graceMonths: number = DEFAULT_RENEWAL_GRACE_MONTHS): string {
  return addMonths(expiryDate, graceMonths);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / 86_400_000);
}

function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

export interface CertificateDates {
  expiryDate: string;
  revoked: boolean;
  /** A renewal (复训) issued a newer certificate in its place. */
  superseded: boolean;
}

/**
 * What a certificate is on `at`. A revoked one is 已撤销 whatever its dates; a superseded one 已换证 (the holder has
 * the newer card); otherwise expired after its expiry day, expiring when at most 90 days are left, else valid.
 */
export function certificateStatus(certificate: CertificateDates, at: string): CertificateStatus {
  if (certificate.revoked) return 'REVOKED';
  if (certificate.superseded) return 'SUPERSEDED';
  const daysLeft = daysBetween(at, certificate.expiryDate);
  if (daysLeft < 0) return 'EXPIRED';
  return daysLeft <= EXPIRING_WITHIN_DAYS ? 'EXPIRING' : 'VALID';
}

/** True when a 复训 on `at` renews this certificate: neither revoked nor replaced, and not past the grace period. */
export function isRenewable(
  certificate: CertificateDates,
  at: string,
  graceMonths: number = DEFAULT_RENEWAL_GRACE_MONTHS,
): boolean {
  if (certificate.revoked || certificate.superseded) return false;
  return at <= renewableUntil(certificate.expiryDate, graceMonths);
}
