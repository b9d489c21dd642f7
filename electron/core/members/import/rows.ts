// One row of a member roster: the person by the registry's rules, the member's fields, the dues of each year
// column (an amount in 元, or 已缴/√ for the member's cap; empty, 0 or 未缴 for unpaid), each within the caps, and
// the office's custom fields as the form checks them (a required one must be filled).
import { checkCustomValues } from '@rules/customFields';
import { checkDuesAmount, duesCapFen, type DuesCaps, type MemberKind } from '@rules/members';
import { rowCustomValues } from '../../customFields/importColumns';
import { checkPerson, genderFromText, type NormalizedPerson } from '../../people/validate';
import { parseSheetDate } from '../../spreadsheet/dates';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';
import type { MemberColumns, MemberRosterField } from './columns';
import type { RowError } from './contract';

export interface MemberImportRow {
  row: number;
  person: NormalizedPerson;
  kind: MemberKind;
  cardNumber: string | null;
  joinDate: string;
  approvingUnit: string | null;
  school: string | null;
  className: string | null;
  notes: string | null;
  /** year -> fen */
  dues: Map<number, number>;
  /** The custom values as stored (JSON), or null. */
  customFields: string | null;
}

const KIND_OF: Record<string, MemberKind> = {
  个人会员: 'individual',
  个人: 'individual',
  成人会员: 'individual',
  青少年会员: 'youth',
  青少年: 'youth',
  学生会员: 'youth',
};

const PAID = new Set(['已缴', '已交', '√', '✓', '是', '缴']);
const UNPAID = new Set(['未缴', '未交', '否', '×', '-', '—', '0']);

/** fen for a paid year, null for unpaid, or the error code. */
function duesCell(cell: Cell | null, capFen: number): number | null | string {
  const text =
    cellText(cell ?? undefined)
      ?.normalize('NFKC')
      .replace(/元$/, '')
      .trim() ?? '';
  if (text === '' || UNPAID.has(text)) return null;
  if (PAID.has(text)) return capFen;
  const yuan = typeof cell === 'number' ? cell : Number(text);
  if (!Number.isFinite(yuan) || yuan < 0) return 'DUES_AMOUNT_INVALID';
  const fen = Math.round(yuan * 100);
  return fen === 0 ? null : fen;
}

export function checkMemberRow(
  sheetRow: SheetRow,
  columns: MemberColumns,
  today: string,
  caps: DuesCaps,
): MemberImportRow | RowError[] {
  const errors: RowError[] = [];
  const error = (field: string, code: string) => errors.push({ row: sheetRow.number, field, code });
  const cell = (field: MemberRosterField) => {
    const at = columns.fields[field];
    return at === undefined ? null : (sheetRow.cells[at] ?? null);
  };
  const text = (field: MemberRosterField) => cellText(cell(field) ?? undefined);
  const idCell = cell('idNumber');
  const checked = checkPerson(
    {
      name: text('name') ?? '',
      idNumber: (typeof idCell === 'number' ? idCell : text('idNumber')) as string,
      gender: genderFromText(text('gender')),
      mobile: text('mobile'),
      township: text('township'),
      village: text('village'),
      workUnit: text('workUnit'),
    },
    new Date(`${today}T12:00:00Z`),
  );
  for (const issue of checked.issues) if (issue.severity === 'error') error(issue.field, issue.code);
  const kindText = text('kind')?.replace(/\s+/g, '');
  const school = text('school');
  const kind: MemberKind | undefined = kindText ? KIND_OF[kindText] : school ? 'youth' : 'individual';
  if (!kind) error('kind', 'MEMBER_KIND_UNKNOWN');
  let joinDate = today;
  const dateCell = cell('joinDate');
  if (dateCell !== null && cellText(dateCell) !== null) {
    const read = parseSheetDate(dateCell);
    if (!read.ok) error('joinDate', read.code);
    else if (read.date > today) error('joinDate', 'DATE_FUTURE');
    else joinDate = read.date;
  }
  const dues = new Map<number, number>();
  for (const [year, at] of columns.dues) {
    if (!kind) break;
    const capFen = duesCapFen(kind, null, caps);
    const fen = duesCell(sheetRow.cells[at] ?? null, capFen);
    if (typeof fen === 'string') error(`dues:${year}`, fen);
    else if (fen !== null) {
      const amount = checkDuesAmount(kind, null, fen, caps);
      if (!amount.ok) error(`dues:${year}`, amount.code);
      else if (year > Number(today.slice(0, 4))) error(`dues:${year}`, 'DUES_YEAR_INVALID');
      else dues.set(year, fen);
    }
  }
  const custom = customValues(sheetRow, columns);
  for (const issue of custom.issues) error(issue.key, issue.code);
  if (errors.length > 0 || !checked.person || !kind) return errors;
  return {
    row: sheetRow.number,
    person: checked.person,
    kind,
    cardNumber: text('cardNumber')?.normalize('NFKC').toUpperCase() ?? null,
    joinDate,
    approvingUnit: text('approvingUnit'),
    school: kind === 'youth' ? school : null,
    className: kind === 'youth' ? text('className') : null,
    notes: text('notes'),
    dues,
    customFields: custom.values && JSON.stringify(custom.values),
  };
}

/** The row's custom cells checked against the office's fields, every field as for a new member. */
function customValues(sheetRow: SheetRow, columns: MemberColumns) {
  const given = rowCustomValues(columns.custom, columns.customFields, sheetRow.cells);
  return checkCustomValues(columns.customFields, given, null, true);
}
