// Types of the legacy certificate register import (历史证书台账): what a preview or an import reports.

/** The fields a row error names (the CLI's `field`), plus the person's own text fields. */
export const LEGACY_FIELDS = [
  'name',
  'gender',
  'idNumber',
  'certificateNumber',
  'kind',
  'issueDate',
  'expiryDate',
  'township',
  'workUnit',
  'sector',
] as const;
export type LegacyField = (typeof LEGACY_FIELDS)[number];

export interface LegacyRowError {
  /** The spreadsheet row number the clerk sees. */
  row: number;
  field: LegacyField;
  code: string;
}

/** A valid row as it will be stored, for the preview (ID masked). */
export interface LegacyPreviewRow {
  row: number;
  name: string;
  idMasked: string;
  certificateNumber: string;
  kindName: string;
  issueDate: string;
  expiryDate: string;
  township: string | null;
  workUnit: string | null;
  /** The person is in the registry already (matched by ID number), or is added by the import. */
  person: 'matched' | 'added';
}

export interface LegacyImportResult {
  headerRow: number;
  /** Data rows in the file (blank rows left out). */
  rows: number;
  valid: number;
  invalid: number;
  /** Every problem, in row order (at most LEGACY_ERRORS_LISTED; errorsTruncated says when more were found). */
  errors: LegacyRowError[];
  errorsTruncated: boolean;
  /** Header words the file lacks for columns the import needs. */
  missingColumns: LegacyField[];
  /** Persons matched in the registry / added to it by the valid rows (added: 0 in a dry run, counted as would be). */
  peopleMatched: number;
  peopleAdded: number;
  /** The first valid rows, as they will be stored. */
  preview: LegacyPreviewRow[];
  /** Certificates written (0 for a dry run or when nothing was valid). */
  imported: number;
}
