// 导出 Excel: the roster grid's current view (its search, filters and sort, through the same query as
// volunteers.list) as an .xlsx list: ID numbers masked as the grid masks them, the birth date only for a user who
// may reveal ID numbers (it is the mask's hidden digits), teams, skills, status, approved hours and stars.
import { hoursOf } from '@rules/volunteers';
import type { CoreContext } from '../../context';
import { customExportColumns } from '../../customFields/exportColumns';
import { visibleFields } from '../../customFields/fields';
import { listWorkbook, type ListColumn } from '../../files/listWorkbook';
import type { ExportedFile } from '../../people/contract';
import { exportFileName } from '../../people/export';
import { masksIds } from '../../people/query';
import { readOfficeOf } from '../../stock/office';
import type { VolunteerQuery, VolunteerRow } from './contract';
import { allVolunteers } from './query';

const STATUS_NAMES: Record<VolunteerRow['status'], string> = {
  active: '在册',
  suspended: '暂停',
  deregistered: '注销',
};
const names = (groups: VolunteerRow['teams']) => groups.map((g) => g.name).join('、') || null;

const COLUMNS: ListColumn<VolunteerRow>[] = [
  { header: '志愿者编号', width: 16, text: true, value: (v) => v.number },
  { header: '姓名', width: 10, value: (v) => v.name },
  { header: '性别', width: 6, value: (v) => (v.gender === 'M' ? '男' : v.gender === 'F' ? '女' : null) },
  { header: '身份证号码', width: 22, text: true, value: (v) => v.idNumber },
  { header: '手机号码', width: 14, text: true, value: (v) => v.mobile },
  { header: '乡镇(街道)', width: 14, value: (v) => v.township },
  { header: '村(社区)', width: 14, value: (v) => v.village },
  { header: '工作单位', width: 24, value: (v) => v.workUnit },
  { header: '注册日期', width: 12, value: (v) => v.registrationDate },
  { header: '服务队', width: 20, value: (v) => names(v.teams) },
  { header: '技能', width: 20, value: (v) => names(v.skills) },
  { header: '状态', width: 8, value: (v) => STATUS_NAMES[v.status] },
  { header: '状态原因', width: 20, value: (v) => v.statusReason },
  { header: '本年时长(小时)', width: 14, value: (v) => hoursOf(v.approvedHalfHoursThisYear) },
  { header: '累计时长(小时)', width: 14, value: (v) => hoursOf(v.approvedHalfHours) },
  { header: '星级', width: 6, value: (v) => v.star },
  { header: '监护人', width: 10, value: (v) => v.guardianName },
  { header: '监护人电话', width: 14, text: true, value: (v) => v.guardianPhone },
  { header: '备注', width: 24, value: (v) => v.notes },
];
const BIRTH_DATE: ListColumn<VolunteerRow> = { header: '出生日期', width: 12, value: (v) => v.birthDate };

export async function exportVolunteers(ctx: CoreContext, query: VolunteerQuery): Promise<ExportedFile> {
  const rows = allVolunteers(ctx, query);
  const builtIn = masksIds(ctx) ? COLUMNS : [...COLUMNS.slice(0, 4), BIRTH_DATE, ...COLUMNS.slice(4)];
  const officeCode = readOfficeOf(ctx, query.officeCode);
  const fields = officeCode === 'all' ? [] : visibleFields(ctx, officeCode, 'volunteers');
  const columns = [...builtIn, ...customExportColumns(fields, 'zh-CN', (v: VolunteerRow) => v.customFields)];
  const file = await listWorkbook('志愿者名册', columns, rows);
  return {
    fileName: exportFileName(ctx.now(), '志愿者名册'),
    contentBase64: file.content.toString('base64'),
    rows: file.rows,
  };
}
