// 导出 Excel for a team's members: the grid's current view (search, filters, sort, with or without those who
// left) as an .xlsx list - ID numbers masked as the grid shows them, phones, role, volunteer number, the first-aid
// certificate and its state today, and the office's own fields.
import type { Readiness } from '@rules/rescue';
import type { CoreContext } from '../context';
import { customExportColumns } from '../customFields/exportColumns';
import { visibleFields } from '../customFields/fields';
import { listWorkbook, type ListColumn } from '../files/listWorkbook';
import type { ExportedFile } from '../people/contract';
import { exportFileName } from '../people/export';
import type { TeamMemberQuery, TeamMemberRow } from './contract';
import { listTeamMembers } from './memberList';
import { getTeam } from './teamList';

const READINESS_NAMES: Record<Readiness, string> = {
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期',
  none: '无证',
};

const COLUMNS: ListColumn<TeamMemberRow>[] = [
  { header: '姓名', width: 10, value: (m) => m.name },
  { header: '性别', width: 6, value: (m) => (m.gender === 'M' ? '男' : m.gender === 'F' ? '女' : null) },
  { header: '职务', width: 10, value: (m) => m.role },
  { header: '手机号码', width: 14, text: true, value: (m) => m.mobile },
  { header: '固定电话', width: 14, text: true, value: (m) => m.phone },
  { header: '身份证号码', width: 22, text: true, value: (m) => m.idNumber },
  { header: '志愿者编号', width: 16, text: true, value: (m) => m.volunteerNumber },
  { header: '救护员证', width: 10, value: (m) => READINESS_NAMES[m.readiness] },
  { header: '证书编号', width: 20, text: true, value: (m) => m.certificateNumber },
  { header: '证书有效期至', width: 12, value: (m) => m.certificateExpiry },
  { header: '入队日期', width: 12, value: (m) => m.joinedDate },
  { header: '离队日期', width: 12, value: (m) => m.leftDate },
  { header: '离队原因', width: 20, value: (m) => m.leaveReason },
];

export async function exportTeamMembers(
  ctx: CoreContext,
  query: Omit<TeamMemberQuery, 'offset' | 'limit'>,
): Promise<ExportedFile> {
  const team = getTeam(ctx, query.teamId);
  const { rows } = listTeamMembers(ctx, { ...query, offset: 0, limit: Number.MAX_SAFE_INTEGER });
  const fields = visibleFields(ctx, team.officeCode, 'teamMembers');
  const columns = [...COLUMNS, ...customExportColumns(fields, 'zh-CN', (m: TeamMemberRow) => m.customFields)];
  const title = `${team.name}队员名单`;
  const file = await listWorkbook(title, columns, rows);
  return {
    fileName: exportFileName(ctx.now(), title),
    contentBase64: file.content.toString('base64'),
    rows: file.rows,
  };
}
