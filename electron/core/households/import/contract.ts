// What the household import answers (`households import FILE [--dry-run]`): each bad row listed by its spreadsheet
// row, the field (as the CLI names it) and a code; how many households and members the valid rows make.
export type HouseholdImportField =
  | 'headIdNumber'
  | 'householdNumber'
  | 'name'
  | 'idNumber'
  | 'gender'
  | 'mobile'
  | 'relation'
  | 'township'
  | 'village'
  | 'villageGroup'
  | 'address'
  | 'attribute'
  | 'cause'
  | 'secondaryCause'
  | 'povertyStatus'
  | 'monitoringCategory'
  | 'labour'
  | 'health'
  | 'disabilityCardNumber'
  | 'disabilityGrade'
  | 'schoolStage';

export interface HouseholdImportError {
  row: number;
  field: HouseholdImportField;
  code: string;
}

export interface HouseholdImportResult {
  headerRow: number;
  rows: number;
  valid: number;
  invalid: number;
  errors: HouseholdImportError[];
  errorsTruncated: boolean;
  /** The households the valid rows form, or join when their head already heads one in the office. */
  households: number;
  /** The valid rows: one member each, heads included. */
  members: number;
  /** People of the file already in the registry, and those added to it (to be added, in a dry run). */
  peopleMatched: number;
  peopleAdded: number;
  /** Members written (0 in a dry run). */
  imported: number;
}
