// Types of the expiring list (到期提醒): certificates to renew soon, or expired but still renewable by a 复训,
// with the holder's phone for a call list; and the counts the dashboard card shows.

/** DUE_30: expires within 30 days; DUE_90: within 31-90 days; EXPIRED: expired, a 复训 still renews it. */
export const REMINDER_BANDS = ['DUE_30', 'DUE_90', 'EXPIRED'] as const;
export type ReminderBand = (typeof REMINDER_BANDS)[number];

export interface ExpiringCertificate {
  certificateId: string;
  number: string;
  officeCode: string;
  personId: string;
  name: string;
  gender: 'M' | 'F' | null;
  /** The ID number masked as the people grid masks it (maskIdNumber). */
  idMasked: string;
  mobile: string | null;
  phone: string | null;
  township: string | null;
  workUnit: string | null;
  kindName: string;
  issueDate: string;
  expiryDate: string;
  /** Days from today to the expiry day (negative once expired). */
  daysLeft: number;
  band: ReminderBand;
  /** The last day a 复训 still renews it. */
  renewableUntil: string;
}

export interface ReminderCounts {
  /** Valid certificates expiring within 30 days (today included). */
  within30: number;
  /** Within 90 days, the 30 included. */
  within90: number;
  expiredRenewable: number;
}

export interface ExpiringList {
  asOf: string;
  counts: ReminderCounts;
  /** Townships and work units of the whole list, for the filters. */
  townships: string[];
  workUnits: string[];
  rows: ExpiringCertificate[];
  /** More rows matched than are returned. */
  truncated: boolean;
}
