// Finding the header row (under a merged title row or notes) and mapping its columns to person fields
// from the headers clerks use, Chinese and English; the user's corrections override the guess.
import type { ImportColumn, ImportMappingProblem, PersonField } from '@core/people/contract';
import { fail } from '../../errors';
import { HEADER_SCAN_ROWS, normaliseHeader } from '../../spreadsheet/header';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';

// Normalised header text (see normaliseHeader) -> field. 联系电话/电话 go to mobile: a landline found there
// is moved to the phone field row by row.
const HEADERS: Record<PersonField, string[]> = {
  name: ['姓名', '名字', '人员姓名', '联系人', 'name', 'fullname', '姓名name'],
  gender: ['性别', 'gender', 'sex'],
  idNumber: [
    '身份证号',
    '身份证号码',
    '公民身份号码',
    '公民身份证号码',
    '证件号码',
    '证件号',
    '身份证',
    '居民身份证号码',
    '身份证件号码',
    'idnumber',
    'idno',
    'idcard',
    'idcardnumber',
    'id',
    'citizenid',
    'residentid',
  ],
  mobile: [
    '手机',
    '手机号',
    '手机号码',
    '移动电话',
    '联系电话',
    '电话',
    '电话号码',
    '联系方式',
    '联系电话手机',
    'mobile',
    'mobilephone',
    'mobileno',
    'cellphone',
    'cell',
    'phone',
    'phonenumber',
    'telephone',
    'tel',
  ],
  phone: ['固定电话', '座机', '座机号码', '固话', '办公电话', '家庭电话', 'landline', 'fixedphone', 'officephone'],
  township: [
    '乡镇',
    '乡镇街道',
    '乡镇/街道',
    '街道',
    '乡镇(街道)',
    '镇',
    '乡',
    '镇街',
    '所在乡镇',
    'township',
    'town',
    'street',
  ],
  village: [
    '村',
    '社区',
    '村(社区)',
    '村/社区',
    '村社区',
    '村居',
    '村(居)',
    '村居委会',
    '居委会',
    '村委会',
    '所在村',
    'village',
    'community',
  ],
  workUnit: [
    '工作单位',
    '单位',
    '工作单位/学校',
    '单位名称',
    '所在单位',
    '学校',
    'workunit',
    'employer',
    'unit',
    'organisation',
    'organization',
  ],
  notes: ['备注', '说明', '附注', 'notes', 'note', 'remarks', 'remark', 'comments', 'comment'],
};

// Words that name a field inside a longer header (身份证号码（18位）, 本人手机).
const KEYWORDS: [string, PersonField][] = [
  ['身份证', 'idNumber'],
  ['身份号码', 'idNumber'],
  ['证件号', 'idNumber'],
  ['手机', 'mobile'],
  ['固定电话', 'phone'],
  ['座机', 'phone'],
  ['电话', 'mobile'],
  ['姓名', 'name'],
  ['性别', 'gender'],
  ['乡镇', 'township'],
  ['街道', 'township'],
  ['村', 'village'],
  ['社区', 'village'],
  ['单位', 'workUnit'],
  ['备注', 'notes'],
];

const EXACT = new Map<string, PersonField>(
  Object.entries(HEADERS).flatMap(([field, names]) => names.map((n) => [normaliseHeader(n), field as PersonField])),
);

export function fieldForHeader(raw: Cell | undefined): PersonField | null {
  const text = cellText(raw);
  if (text === null || text.length > 30) return null;
  const header = normaliseHeader(text);
  const exact = EXACT.get(header) ?? EXACT.get(header.replace(/\(.*?\)/g, ''));
  if (exact) return exact;
  return KEYWORDS.find(([word]) => header.includes(word))?.[1] ?? null;
}

/** Columns of a header row with their guessed fields; a field taken by an earlier column is not given twice. */
export function guessColumns(header: readonly Cell[]): ImportColumn[] {
  const taken = new Set<PersonField>();
  return header.map((cell, index) => {
    const field = fieldForHeader(cell);
    const free = field !== null && !taken.has(field) ? field : null;
    if (free) taken.add(free);
    return { index, header: cellText(cell) ?? '', field: free };
  });
}

/** The row among the first ones that names the most person fields, at least two; name or ID number breaks a tie, then the earlier row. */
export function findHeaderRow(rows: readonly SheetRow[]): number | null {
  let best: number | null = null;
  let bestScore = 0;
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, i) => {
    const fields = guessColumns(row.cells).filter((c) => c.field !== null);
    if (fields.length < 2) return;
    const score = fields.length + (fields.some((c) => c.field === 'name' || c.field === 'idNumber') ? 0.5 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

export interface ColumnChoice {
  index: number;
  field: PersonField | null;
}

/** Fields every imported person needs a column for. */
const REQUIRED: readonly PersonField[] = ['name', 'idNumber'];
/** Values shown under a column when the clerk maps it by hand, taken from this many rows under the header. */
const SAMPLES = 3;
const SAMPLE_SCAN_ROWS = 20;

/** What mapping needs of a table: its header, and the first rows under it to show the clerk. */
export interface TableHead {
  headerRow: number;
  header: readonly Cell[];
  rows: readonly SheetRow[];
  /** false when no row was recognised as the header and the first row stands in. */
  headerFound?: boolean;
}

/**
 * The table's columns, guessed from its header, with the user's corrections. When name or ID number still
 * has no column, fails with what the clerk needs to choose one (ImportMappingProblem): IMPORT_NO_HEADER when
 * no row was recognised as the header, else IMPORT_MAPPING_INCOMPLETE.
 */
export function mapColumns(table: TableHead, choices?: readonly ColumnChoice[]): ImportColumn[] {
  const columns = withChoices(guessColumns(table.header), choices);
  const missing = unmappedFields(columns);
  if (missing.length === 0) return columns;
  const problem: ImportMappingProblem = {
    missing,
    headerRow: table.headerRow,
    columns: withSamples(columns, table.rows),
  };
  return fail(table.headerFound === false ? 'IMPORT_NO_HEADER' : 'IMPORT_MAPPING_INCOMPLETE', { ...problem });
}

/** The columns with their first values; a column with values but no header text is added too. */
function withSamples(columns: readonly ImportColumn[], rows: readonly SheetRow[]): ImportMappingProblem['columns'] {
  const first = rows.slice(0, SAMPLE_SCAN_ROWS);
  const width = Math.max(
    columns.length,
    ...first.map(({ cells }) => cells.findLastIndex((cell) => cellText(cell) !== null) + 1),
  );
  return Array.from({ length: width }, (_, index) => ({
    ...(columns[index] ?? { index, header: '', field: null }),
    samples: first
      .map(({ cells }) => cellText(cells[index]))
      .filter((text) => text !== null)
      .slice(0, SAMPLES),
  }));
}

function unmappedFields(columns: readonly ImportColumn[]): PersonField[] {
  return REQUIRED.filter((field) => !columns.some((c) => c.field === field));
}

/** The guessed columns with the user's corrections; name and ID number must each have a column (IMPORT_MAPPING_INCOMPLETE). */
export function applyMapping(columns: ImportColumn[], choices: readonly ColumnChoice[] = []): ImportColumn[] {
  const result = withChoices(columns, choices);
  const missing = unmappedFields(result);
  return missing.length > 0 ? fail('IMPORT_MAPPING_INCOMPLETE', { missing }) : result;
}

/** A field the user gives to a column is taken from the column that had it. */
function withChoices(columns: readonly ImportColumn[], choices: readonly ColumnChoice[] = []): ImportColumn[] {
  const result = columns.map((c) => ({ ...c }));
  const chosen = new Set<number>();
  for (const choice of choices) {
    if (chosen.has(choice.index)) fail('IMPORT_MAPPING_DUPLICATE', { index: choice.index });
    chosen.add(choice.index);
    while (result.length <= choice.index) result.push({ index: result.length, header: '', field: null });
  }
  for (const choice of choices) {
    if (choice.field === null) {
      result[choice.index]!.field = null;
      continue;
    }
    if (choices.some((c) => c !== choice && c.field === choice.field))
      fail('IMPORT_MAPPING_DUPLICATE', { field: choice.field });
    for (const column of result) if (column.field === choice.field && !chosen.has(column.index)) column.field = null;
    result[choice.index]!.field = choice.field;
  }
  return result;
}
