// 导出 Excel: the member roster grid's current view (its search, filters and sort, through the same query as
// members.list) as an .xlsx list, with the headers the member import reads back (会员类别, 会员证号, 入会日期, a
// 2026年会费 column per year ...): ID numbers masked as the grid masks them, the unit's own columns, the status
// shown, the dues of this year and the two before, and the office's custom fields.
import type { MemberKind, MemberStatus } from '@rules/members';
import type { CoreContext } from '../../context';
import { customExportColumns } from '../../customFields/exportColumns';
import { visibleFields } from '../../customFields/fields';
import { listWorkbook, type ListColumn } from '../../files/listWorkbook';
import type { ExportedFile } from '../../people/contract';
import { exportFileName } from '../../people/export';
import { readOfficeOf } from '../../stock/office';
import { currentYear } from '../standing';
import type { MemberQuery, MemberRow } from './contract';
import { membersInOrder } from './query';

const KIND_NAMES: Record<MemberKind, string> = {
  individual: '个人会员',
  youth: '青少年会员',
  group: '团体会员',
};
const STATUS_NAMES: Record<MemberStatus, string> = {
  active: '有效',
  lapsed: '失效',
  withdrawn: '退会',
  transferred: '转出',
};

const COLUMNS: ListColumn<MemberRow>[] = [
  { header: '会员证号', width: 16, text: true, value: (m) => m.cardNumber },
  { header: '会员类别', width: 10, value: (m) => KIND_NAMES[m.kind] },
  { header: '姓名', width: 10, value: (m) => m.name },
  { header: '性别', width: 6, value: (m) => (m.gender === 'M' ? '男' : m.gender === 'F' ? '女' : null) },
  { header: '身份证号码', width: 22, text: true, value: (m) => m.idNumber },
  { header: '手机号码', width: 14, text: true, value: (m) => m.mobile },
  { header: '学校', width: 18, value: (m) => m.school },
  { header: '班级', width: 10, value: (m) => m.className },
  { header: '单位名称', width: 24, value: (m) => m.unitName },
  { header: '统一社会信用代码', width: 22, text: true, value: (m) => m.creditCode },
  { header: '单位人数', width: 8, value: (m) => m.headcount },
  { header: '单位联系人', width: 10, value: (m) => m.contactName },
  { header: '单位联系电话', width: 14, text: true, value: (m) => m.contactPhone },
  { header: '入会日期', width: 12, value: (m) => m.joinDate },
  { header: '批准单位', width: 18, value: (m) => m.approvingUnit },
  { header: '状态', width: 6, value: (m) => STATUS_NAMES[m.status] },
  { header: '状态原因', width: 20, value: (m) => m.statusReason },
  { header: '备注', width: 24, value: (m) => m.notes },
];

/** 2026年会费 in 元 (the import reads the header back to the year); empty when unpaid. */
function duesColumn(year: number): ListColumn<MemberRow> {
  return {
    header: `${year}年会费`,
    width: 11,
    value: (m) => {
      const paid = m.duesPaid.find((d) => d.year === year);
      return paid ? paid.amountFen / 100 : null;
    },
  };
}

export async function exportMembers(ctx: CoreContext, query: MemberQuery): Promise<ExportedFile> {
  const year = currentYear(ctx);
  const officeCode = readOfficeOf(ctx, query.officeCode);
  const fields = officeCode === 'all' ? [] : visibleFields(ctx, officeCode, 'members');
  const columns = [
    ...COLUMNS,
    ...[year - 2, year - 1, year].map(duesColumn),
    ...customExportColumns(fields, 'zh-CN', (m: MemberRow) => m.customFields),
  ];
  const file = await listWorkbook('会员名册', columns, membersInOrder(ctx, query));
  return {
    fileName: exportFileName(ctx.now(), '会员名册'),
    contentBase64: file.content.toString('base64'),
    rows: file.rows,
  };
}
