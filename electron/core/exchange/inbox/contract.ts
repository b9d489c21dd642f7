// Types of the city's inbox (数据接收) shared by core and renderer: what verifying, previewing and applying
// a county package reports, the inbox list, and the review list.

export type PackageKind = 'delta' | 'snapshot' | 'receipt';

/** What one package did (or, in a preview, would do) to one table. */
export interface TableCounts {
  new: number;
  updated: number;
  unchanged: number;
  voided: number;
  conflicts: number;
}
export type ApplySummary = Record<string, TableCounts>;

export interface PackageFacts {
  packageId: string;
  sender: string;
  senderName: string | null;
  seq: number;
  kind: PackageKind;
  counts: Record<string, number>;
  createdAt: string;
  packageHash: string;
}

/**
 * preview: what applying would do (nothing written); applied: written with the inbox record;
 * already: this package was applied before, nothing changed; held: earlier packages are missing;
 * forked: the county's history no longer follows the city's (a restored backup) - an administrator
 * accepts a snapshot; rejected: the package's records cannot be applied.
 */
export type ImportStatus = 'preview' | 'applied' | 'already' | 'held' | 'forked' | 'rejected';

export interface ImportOutcome extends PackageFacts {
  status: ImportStatus;
  /** A PKG_* code saying why, for every status but preview and applied. */
  code: string | null;
  details?: Record<string, unknown>;
  summary: ApplySummary | null;
  /** Held: the sequence numbers still missing before this one. */
  missing: number[];
  /** Held packages applied after this one filled their gap. */
  released: ImportOutcome[];
}

export interface VerifyResult extends PackageFacts {
  files: number;
  bytes: number;
}

export interface InboxPackageRow {
  packageId: string;
  sender: string;
  senderName: string | null;
  seq: number;
  epoch: number;
  kind: PackageKind;
  packageHash: string;
  status: 'applied' | 'held' | 'rejected' | 'forked' | 'stale';
  reason: string | null;
  details: Record<string, unknown> | null;
  counts: Record<string, number>;
  summary: ApplySummary | null;
  receivedAt: string;
  receivedBy: string;
  appliedAt: string | null;
  appliedBy: string | null;
  /** A forked or held snapshot whose file is kept: an administrator may accept it. */
  canAcceptSnapshot: boolean;
}

export interface InboxStreamRow {
  sender: string;
  senderName: string | null;
  lastSeq: number;
  epoch: number;
  incarnationId: string;
  updatedAt: string;
  /** Sequence numbers missing before held packages. */
  missing: number[];
  held: number;
  /** The PKG_* code of the fork that stopped this county's stream, or null. */
  fork: string | null;
}

export interface InboxList {
  streams: InboxStreamRow[];
  packages: InboxPackageRow[];
}

export interface ReviewEntry {
  id: number;
  packageId: string;
  sender: string;
  senderName: string | null;
  tableName: string;
  recordId: string;
  rowVersion: number;
  reason: string;
  details: Record<string, unknown> | null;
  /** A few fields to recognise the record by (ID numbers masked). */
  label: string;
  status: 'open' | 'applied' | 'dismissed';
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export interface ReviewPage {
  rows: ReviewEntry[];
  total: number;
}

export interface WrittenReceipt {
  packageId: string;
  to: string;
  seq: number;
  lastContiguousSeq: number;
  /** Where it was written (server side). */
  file: string;
  fileName: string;
  bytes: number;
}

/** A receipt handed to the renderer to save. */
export interface ReceiptDownload extends WrittenReceipt {
  contentBase64: string;
}
