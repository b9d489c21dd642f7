// The inbox's record of each package received: written in the same transaction as what it describes.
import type Database from 'better-sqlite3';
import type { ApplySummary } from '@core/exchange/inbox/contract';
import { inboxPackages } from '@db/schema';
import { rowRead, valueRead } from '../../records/reads';
import { cachedStatement } from '../../records/statements';
import type { PackageHeader } from '../types';

export interface InboxEntry {
  header: PackageHeader;
  packageHash: string;
  epoch: number;
  status: 'applied' | 'held' | 'rejected' | 'forked' | 'stale';
  reason: string | null;
  details: Record<string, unknown> | null;
  summary: ApplySummary | null;
  heldFiles: string[] | null;
  fileNames: string[];
  at: string;
  by: string;
}

/** Inserts the package's row, or updates it when the same package was received before (held, refused). */
export function recordPackage(sqlite: Database.Database, e: InboxEntry): void {
  const h = e.header;
  const applied = e.status === 'applied';
  cachedStatement(
    sqlite,
    `INSERT INTO inbox_packages (package_id, sender_office_code, sender_incarnation_id, epoch, seq, package_hash,
      prev_hash, kind, counts, summary, status, reason, details, held_files, file_names, received_at, received_by, applied_at, applied_by)
    VALUES (@packageId, @sender, @incarnation, @epoch, @seq, @hash, @prevHash, @kind, @counts, @summary, @status, @reason, @details,
      @heldFiles, @fileNames, @at, @by, @appliedAt, @appliedBy)
    ON CONFLICT (package_id) DO UPDATE SET epoch = excluded.epoch, package_hash = excluded.package_hash, summary = excluded.summary,
      status = excluded.status, reason = excluded.reason, details = excluded.details, held_files = excluded.held_files,
      applied_at = excluded.applied_at, applied_by = excluded.applied_by`,
  ).run({
    packageId: h.packageId,
    sender: h.sender.officeCode,
    incarnation: h.sender.incarnationId,
    epoch: e.epoch,
    seq: h.seq,
    hash: e.packageHash,
    prevHash: h.prevHash,
    kind: h.kind,
    counts: JSON.stringify(h.counts),
    summary: e.summary ? JSON.stringify(e.summary) : null,
    status: e.status,
    reason: e.reason,
    details: e.details ? JSON.stringify(e.details) : null,
    heldFiles: e.heldFiles ? JSON.stringify(e.heldFiles) : null,
    fileNames: JSON.stringify(e.fileNames),
    at: e.at,
    by: e.by,
    appliedAt: applied ? e.at : null,
    appliedBy: applied ? e.by : null,
  });
}

export interface KeptPackage {
  packageId: string;
  sender: string;
  seq: number;
  kind: string;
  status: string;
  heldFiles: string[];
}

const KEPT = rowRead<
  Pick<typeof inboxPackages.$inferSelect, 'packageId' | 'seq' | 'kind' | 'status' | 'heldFiles'> & { sender: string },
  [packageId: string]
>(
  `SELECT package_id AS packageId, sender_office_code AS sender, seq, kind, status,
  held_files AS heldFiles FROM inbox_packages WHERE package_id = ?`,
);
const HELD_AT = valueRead<string, [sender: string, seq: number]>(
  `SELECT package_id FROM inbox_packages WHERE sender_office_code = ? AND seq = ? AND status = 'held'
  AND held_files IS NOT NULL ORDER BY received_at DESC LIMIT 1`,
);

export function keptPackage(sqlite: Database.Database, packageId: string): KeptPackage | undefined {
  const row = KEPT.on(sqlite).get(packageId);
  return row ? { ...row, heldFiles: row.heldFiles ? (JSON.parse(row.heldFiles) as string[]) : [] } : undefined;
}

/** The held package that would continue this county's stream, if one is waiting. */
export function heldAt(sqlite: Database.Database, sender: string, seq: number): string | undefined {
  return HELD_AT.on(sqlite).get(sender, seq);
}
