// What the member roster import answers: each bad row listed by its spreadsheet row, the field and a code
// (`dues:2024` for a year's dues cell).
export interface RowError {
  row: number;
  field: string;
  code: string;
}

export interface MemberImportResult {
  headerRow: number;
  rows: number;
  valid: number;
  invalid: number;
  errors: RowError[];
  errorsTruncated: boolean;
  peopleMatched: number;
  peopleAdded: number;
  /** The years of the dues columns found, and the paid years of the valid rows. */
  duesYears: number[];
  dues: number;
  imported: number;
}
