// Types of the volunteer imports: a roster (people created or matched by ID number) and historical service hours
// (one row a record). Each bad row is listed by its spreadsheet row, the field and a code.
import type { CustomFieldKey } from '@rules/customFields';

export type RosterField =
  | 'name'
  | 'idNumber'
  | 'gender'
  | 'mobile'
  | 'township'
  | 'village'
  | 'workUnit'
  | 'registrationDate'
  | 'teams'
  | 'skills'
  | 'guardianName'
  | 'guardianPhone'
  | 'notes';

/** The hours file's fields as its errors name them: `volunteer` is the ID number or volunteer number column. */
export type HoursField = 'volunteer' | 'activity' | 'date' | 'start' | 'end' | 'hours';

export interface ImportRowError<F extends string = string> {
  row: number;
  field: F;
  code: string;
  /** A custom field's labels, when `field` is its key (f1). */
  details?: { labelZh: string; labelEn: string };
}

export interface VolunteerImportResult {
  headerRow: number;
  rows: number;
  valid: number;
  invalid: number;
  /** A custom field's bad value is named by the field's key (f1), with its labels. */
  errors: ImportRowError<RosterField | CustomFieldKey>[];
  errorsTruncated: boolean;
  /** People of the file already in the registry, and those added to it (to be added, in a dry run). */
  peopleMatched: number;
  peopleAdded: number;
  /** Teams and skills named in the file that the lists lacked (added with the import). */
  groupsAdded: string[];
  imported: number;
}

export interface HoursImportResult {
  headerRow: number;
  rows: number;
  valid: number;
  invalid: number;
  errors: ImportRowError<HoursField>[];
  errorsTruncated: boolean;
  /** The valid rows' hours, and the imported ones' (0 in a dry run), in half-hours. */
  validHalfHours: number;
  importedHalfHours: number;
  activitiesAdded: number;
  imported: number;
  /** approved (by the importing user) unless the import asked for pending. */
  status: 'approved' | 'pending';
}
