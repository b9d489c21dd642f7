// Types of the people registry (人员库) shared by core and renderer.
import type { CustomFieldKey, CustomValue, CustomValues } from '@rules/customFields';
import type { ColumnFilter, GroupColumn } from '../../api/columnFilters';

export const PERSON_FIELDS = [
  'name',
  'gender',
  'idNumber',
  'mobile',
  'phone',
  'township',
  'village',
  'workUnit',
  'notes',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
/** A field a message or an import column may name: a person's own field or a custom field's key (f1). */
export type PersonIssueField = PersonField | CustomFieldKey;

/** What a user types or imports; the ID number may be 15 or 18 digits, unnormalised. */
export interface PersonInput {
  name: string;
  gender?: 'M' | 'F' | null;
  idNumber: string;
  mobile?: string | null;
  phone?: string | null;
  township?: string | null;
  village?: string | null;
  workUnit?: string | null;
  notes?: string | null;
  /** Custom field values by key (null clears one); keys not given keep their stored values. */
  customFields?: Record<string, CustomValue | null> | null;
}

export interface PersonRow {
  id: string;
  officeCode: string;
  name: string;
  gender: 'M' | 'F' | null;
  /** Masked (321302********123X) unless this row was revealed to a user who may see it. */
  idNumber: string;
  idMasked: boolean;
  idConverted: boolean;
  birthDate: string | null;
  mobile: string | null;
  phone: string | null;
  township: string | null;
  village: string | null;
  workUnit: string | null;
  notes: string | null;
  customFields: CustomValues | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  rowVersion: number;
  voided: boolean;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
}

export interface FieldIssue {
  field: PersonIssueField;
  code: string; // e.g. ID_CHECKSUM, MOBILE_FORMAT, GENDER_MISMATCH
  severity: 'error' | 'warning';
  details?: Record<string, unknown>;
}

export type SortDirection = 'asc' | 'desc';
export const PEOPLE_SORT_COLUMNS = [
  'name',
  'gender',
  'birthDate',
  'township',
  'village',
  'workUnit',
  'mobile',
  'updatedAt',
  'createdAt',
] as const;
export type PeopleSortColumn = (typeof PEOPLE_SORT_COLUMNS)[number];

export interface PeopleQuery {
  search?: string; // name, pinyin full/initials, ID tail, mobile
  township?: string;
  village?: string;
  gender?: 'M' | 'F';
  officeCode?: string;
  includeVoided?: boolean;
  /** A custom field sorts by its key (f1). */
  sort?: { column: PeopleSortColumn | CustomFieldKey; direction: SortDirection }[];
  /** The grid's per-column filters (all must hold). */
  columnFilters?: ColumnFilter[];
}

export interface PeoplePage {
  rows: PersonRow[];
  total: number;
}

/** An office whose people are held here; in the city, county records are read-only (RECORD_READ_ONLY). */
export interface PeopleOffice {
  code: string;
  name: string | null;
  own: boolean;
}

export interface PersonSaveResult {
  person: PersonRow;
  warnings: FieldIssue[];
}

export interface ImportColumn {
  index: number;
  header: string;
  field: PersonField | null;
  /** The custom field whose label (zh or en) the header is; field is then null. */
  customKey?: CustomFieldKey;
}

/** Details of IMPORT_MAPPING_INCOMPLETE and IMPORT_NO_HEADER: what the clerk needs to map the columns by hand. */
export interface ImportMappingProblem {
  missing: PersonField[];
  headerRow: number; // 1-based spreadsheet row taken as the header
  columns: (ImportColumn & { samples: string[] })[]; // samples: the column's first values under the header
}

/** row: the spreadsheet row; name: that row's name as read (null when blank), so the clerk finds it by name too. */
export interface ImportRowIssue extends FieldIssue {
  row: number;
  name: string | null;
}

/** What a checked row would do: add a person, update a registered one, change nothing, or be left out. */
export type ImportRowAction = 'add' | 'update' | 'unchanged' | 'invalid';

/** One field an update import changes: the stored value and the file's cleaned one (gender as M/F; null when empty). */
export interface ImportFieldChange {
  field: PersonIssueField;
  from: string | null;
  to: string | null;
}

/** A registered person the file changes; idNumber masked for roles that may not reveal ID numbers. */
export interface ImportRowChange {
  row: number;
  name: string;
  idNumber: string;
  changes: ImportFieldChange[];
}

/** Update mode (更新已登记人员): rows matched by ID number to live people, with the first changes to review. */
export interface ImportUpdateSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Mapped fields whose blank cells empty the stored value (清空空白); any other blank cell keeps it. */
  clearBlanks: PersonField[];
  changes: ImportRowChange[]; // the first IMPORT_CHANGES_SHOWN of `updated`, by spreadsheet row
}

export { IMPORT_CHANGES_SHOWN } from '@rules/limits';

export interface ImportPreview {
  fileName: string;
  headerRow: number; // 1-based spreadsheet row of the header
  columns: ImportColumn[];
  rows: number;
  valid: number;
  invalid: number;
  duplicates: number;
  warnings: number;
  issues: ImportRowIssue[]; // every row's errors and warnings, by spreadsheet row
  /** The first rows as they will be stored (trimmed, phones normalised, X upper case; gender M/F); an invalid row as read. */
  sample: { row: number; action: ImportRowAction; values: Partial<Record<PersonField, string>> }[];
  /** Null in the plain mode, where a registered ID number is an error (ID_DUPLICATE). */
  update: ImportUpdateSummary | null;
}

export type ImportPhase = 'reading' | 'validating' | 'ready' | 'importing' | 'done' | 'cancelled' | 'failed';

export interface ImportStatus {
  jobId: string;
  phase: ImportPhase;
  done: number;
  total: number;
  preview: ImportPreview | null;
  result: ImportCommitResult | null;
  error: { code: string; messageKey: string; details?: Record<string, unknown> } | null;
}

export type ImportMode = 'allOrNothing' | 'validOnly';

export interface ImportCommitResult {
  imported: number;
  /** Update mode only: people whose stored values changed, rows that changed nothing, rows the clerk unticked. */
  updated?: number;
  unchanged?: number;
  skipped?: number;
  /** With validOnly: the invalid rows and their errors as an xlsx to fix and import again. */
  rejectedFile: { fileName: string; contentBase64: string } | null;
}

export interface ExportedFile {
  fileName: string;
  contentBase64: string;
  rows: number;
}

/** 分组计数: people per value of one choice column (null: blank), most first; total is their sum. */
export interface GroupCounts {
  column: GroupColumn;
  groups: { value: string | null; count: number }[];
  total: number;
}

/** The words of the exported table, in the clerk's language; `values` labels codes (M -> 男). */
export interface GroupCountsHeadings {
  sheet: string;
  title: string;
  subtitle: string;
  value: string;
  count: string;
  total: string;
  blank: string;
  values?: Record<string, string>;
}
