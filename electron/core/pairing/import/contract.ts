// What the pairing import answers (`pairing import FILE [--dry-run]`): each bad row listed by its spreadsheet row, the
// field (as the CLI names it) and a code; how many pairings the valid rows make and how many cadres they add.
export type PairingImportField = 'cadreIdNumber' | 'headIdNumber' | 'fromDate' | 'unit' | 'level' | 'phone';

export interface PairingImportError {
  row: number;
  field: PairingImportField;
  code: string;
}

export interface PairingImportResult {
  headerRow: number;
  rows: number;
  valid: number;
  invalid: number;
  errors: PairingImportError[];
  errorsTruncated: boolean;
  /** Cadres the valid rows add (people of the registry not yet cadres). */
  cadres: number;
  /** Pairings the valid rows make; `changed` of them end another cadre's pairing. */
  pairings: number;
  changed: number;
  /** Pairings written (0 in a dry run). */
  imported: number;
}
