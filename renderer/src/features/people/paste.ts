// A block copied from Excel (or WPS) arrives as tab-separated text: rows by line, Excel's quoting for
// cells holding tabs, line breaks or quotes. Parse it and decide which person field each column fills:
// by a header row when the block has one, else by the grid's column order from the focused column.
import type { PersonField } from '@core/people/contract';
import { EMPTY_DRAFT, type PersonDraft } from './fields';
import { messages } from './messages';

/** Tab-separated text as rows of cells; blank rows are dropped. */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let at = 0;
  const endRow = () => {
    row.push(cell);
    cell = '';
    if (row.some((value) => value.trim() !== '')) rows.push(row);
    row = [];
  };
  while (at < text.length) {
    const char = text[at]!;
    if (char === '"' && cell === '') {
      // A quoted cell: runs to the next quote that is not doubled.
      let end = at + 1;
      let value = '';
      while (end < text.length) {
        if (text[end] === '"' && text[end + 1] === '"') {
          value += '"';
          end += 2;
          continue;
        }
        if (text[end] === '"') break;
        value += text[end];
        end++;
      }
      if (end < text.length && /^[\t\r\n]?$/.test(text[end + 1] ?? '')) {
        cell = value;
        at = end + 1;
        continue;
      }
    }
    if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') endRow();
    else if (char !== '\r') cell += char;
    at++;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}

const ALIASES: Record<PersonField, string[]> = {
  name: ['姓名', '名字', '人员姓名', 'name'],
  gender: ['性别', 'gender', 'sex'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', '身份证件号码', 'idnumber', 'id'],
  mobile: ['手机', '手机号', '手机号码', '联系电话', '联系方式', '移动电话', 'mobile'],
  phone: ['固定电话', '座机', '电话', '办公电话', '家庭电话', 'phone'],
  township: ['乡镇', '乡镇街道', '乡镇/街道', '街道', '乡镇（街道）', '镇', 'township'],
  village: ['村', '村社区', '村/社区', '社区', '村居', '村（社区）', '村委会', 'village'],
  workUnit: ['工作单位', '单位', '所在单位', 'workunit'],
  notes: ['备注', '说明', 'notes'],
};

const normaliseHeader = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s*_\-:：]/g, '')
    .replace(/[（(].*?[)）]/g, '');

const HEADERS = new Map<string, PersonField>();
for (const [field, names] of Object.entries(ALIASES) as [PersonField, string[]][]) {
  const labels = [messages['zh-CN'].people.field[field], messages.en.people.field[field]];
  for (const name of [...names, ...labels]) HEADERS.set(normaliseHeader(name), field);
}
const IGNORED_HEADERS = new Set(
  ['序号', '编号', 'no', '出生日期', '出生年月', 'dateofbirth', '年龄'].map(normaliseHeader),
);

export function headerField(text: string): PersonField | null {
  return HEADERS.get(normaliseHeader(text)) ?? null;
}

/** Column index -> field (null: not taken). */
export type PasteMapping = (PersonField | null)[];

/** The mapping when the first row is a header (two or more known column names), else null. */
export function headerMapping(first: string[]): PasteMapping | null {
  const mapping = first.map((cell) => headerField(cell));
  const known =
    mapping.filter(Boolean).length + first.filter((cell) => IGNORED_HEADERS.has(normaliseHeader(cell))).length;
  return known >= 2 && mapping.some(Boolean) ? mapping : null;
}

const DATE_LIKE = /^(\d{4}[-/.年]\d{1,2}([-/.月]\d{1,2}日?)?|\d{8})$/;

/**
 * Columns by position over the grid's displayed columns from the focused one. A derived column
 * (出生日期) takes a pasted column only when that column holds dates; otherwise it is skipped, since
 * clerks rarely copy it.
 */
export function positionMapping(rows: string[][], columns: readonly string[]): PasteMapping {
  const width = Math.max(...rows.map((row) => row.length));
  const mapping: PasteMapping = [];
  let at = 0;
  for (let index = 0; index < width; index++) {
    while (columns[at] === 'birthDate' && !columnHoldsDates(rows, index)) at++;
    const colId = columns[at++];
    mapping.push(colId && colId in EMPTY_DRAFT ? (colId as PersonField) : null);
  }
  return mapping;
}

function columnHoldsDates(rows: string[][], index: number): boolean {
  const values = rows.map((row) => (row[index] ?? '').trim()).filter(Boolean);
  return values.length > 0 && values.every((value) => DATE_LIKE.test(value));
}

export interface PastedPerson {
  row: number;
  draft: PersonDraft;
}

export interface PastePlan {
  byHeader: boolean;
  mapping: PasteMapping;
  people: PastedPerson[];
}

/** What a pasted block becomes: one draft per data row, numbered from 1 as the user counts them. */
export function planPaste(rows: string[][], columns: readonly string[]): PastePlan {
  const byHeaderMapping = rows.length > 1 ? headerMapping(rows[0]!) : null;
  const mapping = byHeaderMapping ?? positionMapping(rows, columns);
  const data = byHeaderMapping ? rows.slice(1) : rows;
  const people = data.map((cells, index) => {
    const draft: PersonDraft = { ...EMPTY_DRAFT };
    mapping.forEach((field, column) => {
      if (field) draft[field] = (cells[column] ?? '').trim();
    });
    return { row: index + 1, draft };
  });
  return { byHeader: byHeaderMapping !== null, mapping, people };
}
