// Types of the county's outbox (packages sent up to the city) shared by core and renderer.

export type OutboxStatus = 'sent' | 'acknowledged' | 'held' | 'rejected';

export interface OutboxEntry {
  packageId: string;
  recipient: string;
  seq: number;
  kind: 'delta' | 'snapshot';
  /** Records per table, e.g. { people: 250000 }: keys are table names, shown to users only through the renderer's tableLabel (features/exchange/tableLabels.ts). */
  counts: Record<string, number>;
  bytes: number;
  /** File names, in part order. */
  files: string[];
  status: OutboxStatus;
  /** The city's error code and sentence when held or rejected. */
  statusCode: string | null;
  statusReason: string | null;
  /** Held: the numbers the city is still missing before this package. */
  missing: number[];
  receiptAt: string | null;
  createdAt: string;
  createdBy: string;
  /** False when the outbox folder no longer holds every file (they cannot be written again). */
  filesPresent: boolean;
}

export interface ExportResult {
  entry: OutboxEntry;
  /** Where the files were written and read back: the folder the user chose, else the outbox folder. */
  written: string[];
}

/** One package file for the renderer to save (dev host download, Electron save dialog). */
export interface PackageFileContent {
  fileName: string;
  contentBase64: string;
}

export interface ReceiptImportResult {
  receiptId: string;
  sender: string;
  seq: number;
  alreadyImported: boolean;
  lastContiguousSeq: number;
  acknowledged: number;
  held: number;
  rejected: number;
  /** The receipt brought a newer key directory of the city's counties (certificate verification), now held. */
  keyDirectoryTaken?: boolean;
}

/** What the export wizard shows for one city this office may send to, before anything is written. */
export interface OutboxRecipient {
  officeCode: string;
  name: string;
  /** Seq the next package will carry. */
  nextSeq: number;
  /** Packages sent and not yet acknowledged. */
  unacknowledged: number;
  /** After a restore from backup only a snapshot is accepted. */
  snapshotRequired: boolean;
  /** Records per table an incremental package would carry now, and a snapshot. */
  deltaCounts: Record<string, number>;
  snapshotCounts: Record<string, number>;
}
