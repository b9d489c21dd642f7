// The review list: county records the city did not apply silently. An ID number live in another county
// can be applied by a reviewer once checked; a record older than the city's copy never is.
import type Database from 'better-sqlite3';
import { cachedStatement } from '../../records/statements';
import type { ExchangeRecord } from '../types';

export const REVIEW_REASONS = {
  /** The domain's onReceive said so, e.g. ID_NUMBER_IN_OTHER_OFFICE. */
  rowVersionLower: 'ROW_VERSION_LOWER',
  otherOffice: 'RECORD_OF_OTHER_OFFICE',
  duplicateInOffice: 'DUPLICATE_IN_OFFICE',
  /** A live county record the county's snapshot did not hold (snapshotCoverage.ts). */
  missingFromSnapshot: 'MISSING_FROM_SNAPSHOT',
} as const;

/** Reasons whose record must never be applied, whatever a reviewer says. */
export const NEVER_APPLIED = new Set<string>([
  REVIEW_REASONS.rowVersionLower,
  REVIEW_REASONS.otherOffice,
  REVIEW_REASONS.missingFromSnapshot,
]);

export interface ReviewItem {
  packageId: string;
  sender: string;
  record: ExchangeRecord;
  reason: string;
  details?: Record<string, unknown>;
  at: string;
}

export function addToReview(sqlite: Database.Database, item: ReviewItem): void {
  cachedStatement(
    sqlite,
    `INSERT INTO inbox_review (package_id, sender_office_code, table_name, record_id, row_version, reason,
    details, record, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)`,
  ).run(
    item.packageId,
    item.sender,
    item.record.table,
    item.record.id,
    item.record.rowVersion,
    item.reason,
    item.details ? JSON.stringify(item.details) : null,
    JSON.stringify(item.record),
    item.at,
  );
}
