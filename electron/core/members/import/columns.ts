// The member roster import's columns, found from the header words offices use (under a merged title row); a dues
// column per year is any header like 2024年会费 / 2024会费; a column headed by a custom field's label fills it.
import { duesHeaderYear } from '@rules/members';
import type { CustomFieldRow } from '../../customFields/contract';
import { withCustomColumns, type MappedColumn } from '../../customFields/importColumns';
import { columnsOfHeader, headerWords } from '../../spreadsheet/header';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';

export type MemberRosterField =
  | 'name'
  | 'idNumber'
  | 'gender'
  | 'mobile'
  | 'township'
  | 'village'
  | 'workUnit'
  | 'kind'
  | 'cardNumber'
  | 'joinDate'
  | 'approvingUnit'
  | 'school'
  | 'className'
  | 'notes';

const HEADERS: Record<MemberRosterField, string[]> = {
  name: ['姓名', '会员姓名', 'name'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', 'idnumber'],
  gender: ['性别', 'gender', 'sex'],
  mobile: ['手机', '手机号', '手机号码', '联系电话', '电话', 'mobile', 'phone'],
  township: ['乡镇', '乡镇(街道)', '乡镇街道', '街道', 'township'],
  village: ['村', '村(社区)', '村社区', '社区', 'village'],
  workUnit: ['工作单位', '单位', '所在单位', 'workunit'],
  kind: ['会员类别', '会员类型', '类别', 'kind'],
  cardNumber: ['会员证号', '会员证编号', '会员编号', '证号', 'cardnumber'],
  joinDate: ['入会日期', '入会时间', '加入日期', 'joindate'],
  approvingUnit: ['批准单位', '审批单位', '发展单位', 'approvingunit'],
  school: ['学校', '就读学校', 'school'],
  className: ['班级', '年级班级', 'class'],
  notes: ['备注', 'notes'],
};

const FIELD_OF = headerWords(HEADERS);

export interface MemberColumns {
  fields: Partial<Record<MemberRosterField, number>>;
  /** The dues columns: year -> column. */
  dues: Map<number, number>;
  /** The columns headed by a custom field's label (the first column naming a field). */
  custom: MappedColumn[];
  /** The office's visible fields of the roster, each checked on every row. */
  customFields: readonly CustomFieldRow[];
}

export function memberColumns(cells: readonly Cell[], customFields: readonly CustomFieldRow[] = []): MemberColumns {
  const dues = new Map<number, number>();
  const fields = columnsOfHeader(cells, FIELD_OF, cellText);
  const builtIn = new Set<number>(Object.values(fields));
  cells.forEach((cell, at) => {
    const year = duesHeaderYear(cellText(cell) ?? '');
    if (year === null) return;
    builtIn.add(at);
    if (!dues.has(year)) dues.set(year, at);
  });
  const columns = cells.map((cell, index): MappedColumn => ({
    index,
    header: cellText(cell) ?? '',
    field: builtIn.has(index) ? 'member' : null,
  }));
  const custom = withCustomColumns(columns, customFields).filter((c) => c.customKey !== undefined);
  return { fields, dues, custom, customFields };
}

/** The header: the first row naming a name and an ID number column. */
export function findMemberHeader(rows: readonly SheetRow[]): number | null {
  const at = rows.findIndex((row) => {
    const { fields } = memberColumns(row.cells);
    return fields.name !== undefined && fields.idNumber !== undefined;
  });
  return at < 0 ? null : at;
}
