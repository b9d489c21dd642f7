// The volunteer imports' columns, found from the header words offices use (under a merged title row), and the
// roster's columns as a custom field's label may head them.
import type { MappedColumn } from '../../customFields/importColumns';
import { columnsOfHeader, headerWords } from '../../spreadsheet/header';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';
import type { RosterField } from './contract';

const NAME = ['姓名', '志愿者姓名', 'name'];
const ID_NUMBER = ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', 'idnumber'];

const ROSTER_HEADERS: Record<RosterField, string[]> = {
  name: NAME,
  idNumber: ID_NUMBER,
  gender: ['性别', 'gender', 'sex'],
  mobile: ['手机', '手机号', '手机号码', '联系电话', '电话', 'mobile', 'phone'],
  township: ['乡镇', '乡镇(街道)', '乡镇街道', '街道', 'township'],
  village: ['村', '村(社区)', '村社区', '社区', 'village'],
  workUnit: ['工作单位', '单位', '所在单位', '学校', 'workunit'],
  registrationDate: ['注册日期', '注册时间', '登记日期', '加入日期', '入队日期', 'registrationdate', 'registered'],
  teams: ['服务队', '志愿服务队', '所属服务队', '所属队伍', '队伍', 'teams', 'team'],
  skills: ['技能', '专业技能', '特长', '专长', 'skills'],
  guardianName: ['监护人', '监护人姓名', 'guardian', 'guardianname'],
  guardianPhone: ['监护人电话', '监护人手机', '监护人联系电话', 'guardianphone'],
  notes: ['备注', 'notes'],
};

export type HoursColumn =
  'idNumber' | 'volunteerNumber' | 'activity' | 'organiser' | 'place' | 'content' | 'date' | 'start' | 'end' | 'hours';

const HOURS_HEADERS: Record<HoursColumn, string[]> = {
  idNumber: ID_NUMBER,
  volunteerNumber: ['志愿者编号', '志愿者号', '编号', 'volunteernumber', 'volunteerno'],
  activity: ['活动名称', '服务活动', '活动', '服务项目', '项目名称', 'activity'],
  organiser: ['组织单位', '组织者', '主办单位', 'organiser', 'organizer'],
  place: ['服务地点', '地点', 'place'],
  content: ['服务内容', '内容', 'content'],
  date: ['服务日期', '日期', '活动日期', 'date'],
  start: ['开始时间', '起始时间', '开始', 'start'],
  end: ['结束时间', '截止时间', '结束', 'end'],
  hours: ['服务时长', '时长', '小时数', '服务小时', '时长(小时)', 'hours'],
};

const ROSTER_FIELD_OF = headerWords(ROSTER_HEADERS);
const HOURS_FIELD_OF = headerWords(HOURS_HEADERS);

export type RosterColumns = Partial<Record<RosterField, number>>;
export type HoursColumns = Partial<Record<HoursColumn, number>>;

export const rosterColumns = (cells: readonly Cell[]): RosterColumns =>
  columnsOfHeader(cells, ROSTER_FIELD_OF, cellText);

/** Every header cell as a column: the roster field it maps to, or none (a custom field's label, maybe). */
export function rosterHeaderColumns(header: readonly Cell[], columns: RosterColumns): MappedColumn[] {
  const fieldAt = new Map(Object.entries(columns).map(([field, index]) => [index, field]));
  return header.map((cell, index) => ({ index, header: cellText(cell) ?? '', field: fieldAt.get(index) ?? null }));
}
export const hoursColumns = (cells: readonly Cell[]): HoursColumns => columnsOfHeader(cells, HOURS_FIELD_OF, cellText);

/** The roster's header: the first row naming a name and an ID number column. */
export function findRosterHeader(rows: readonly SheetRow[]): number | null {
  const at = rows.findIndex((row) => {
    const columns = rosterColumns(row.cells);
    return columns.name !== undefined && columns.idNumber !== undefined;
  });
  return at < 0 ? null : at;
}

/** What an hours file must name: the volunteer, the activity, the date, and times or hours. */
export function missingHoursColumns(columns: HoursColumns): string[] {
  const missing: string[] = [];
  if (columns.idNumber === undefined && columns.volunteerNumber === undefined) missing.push('身份证号/志愿者编号');
  if (columns.activity === undefined) missing.push('活动名称');
  if (columns.date === undefined) missing.push('服务日期');
  if (columns.hours === undefined && (columns.start === undefined || columns.end === undefined))
    missing.push('开始时间、结束时间/服务时长');
  return missing;
}

export function findHoursHeader(rows: readonly SheetRow[]): number | null {
  const at = rows.findIndex((row) => missingHoursColumns(hoursColumns(row.cells)).length <= 1);
  return at < 0 ? null : at;
}

/** Team or skill names in one cell: 应急救护队、心理服务队 (any of 、,，;； / and spaces between). */
export function namesInCell(text: string | null): string[] {
  if (!text) return [];
  return [
    ...new Set(
      text
        .split(/[、,，;；/\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
