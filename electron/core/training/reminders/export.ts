// The expiring list as an .xlsx call list: who to ring, in township and work-unit order, with an empty column
// for what the call gave.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '@core/people/contract';
import type { CoreContext } from '../../context';
import { addSheet, section, workbookFile, type ReportColumn } from '../../stock/reports/workbook';
import type { ExpiringCertificate, ReminderBand } from './contract';
import { expiringCertificates, type ExpiringInput } from './expiring';

const BAND_LABEL: Record<ReminderBand, string> = {
  DUE_30: '30天内到期',
  DUE_90: '90天内到期',
  EXPIRED: '已过期可复训',
};

const COLUMNS: ReportColumn<ExpiringCertificate>[] = [
  { header: '乡镇（街道）', width: 14, value: (r) => r.township },
  { header: '工作单位', width: 22, value: (r) => r.workUnit },
  { header: '姓名', width: 10, value: (r) => r.name },
  { header: '性别', width: 6, value: (r) => (r.gender === 'M' ? '男' : r.gender === 'F' ? '女' : '') },
  { header: '手机号码', width: 14, value: (r) => r.mobile },
  { header: '固定电话', width: 14, value: (r) => r.phone },
  { header: '证书类别', width: 12, value: (r) => r.kindName },
  { header: '证书编号', width: 22, value: (r) => r.number },
  { header: '有效期至', width: 12, value: (r) => r.expiryDate },
  { header: '状态', width: 12, value: (r) => BAND_LABEL[r.band] },
  { header: '剩余天数', width: 9, kind: 'number', value: (r) => r.daysLeft },
  { header: '可复训至', width: 12, value: (r) => r.renewableUntil },
  { header: '联系情况', width: 24, value: () => null },
];

export async function exportExpiringList(ctx: CoreContext, input: ExpiringInput): Promise<ExportedFile> {
  const list = expiringCertificates(ctx, { ...input, limit: Number.MAX_SAFE_INTEGER });
  const rows = [...list.rows].sort(
    (a, b) =>
      (a.township ?? '').localeCompare(b.township ?? '', 'zh-CN') ||
      (a.workUnit ?? '').localeCompare(b.workUnit ?? '', 'zh-CN') ||
      a.expiryDate.localeCompare(b.expiryDate),
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '博爱台账';
  const { within30, within90, expiredRenewable } = list.counts;
  const count = addSheet(
    workbook,
    '到期提醒',
    '救护员证到期提醒（电话通知名单）',
    `截至 ${list.asOf}：30天内到期 ${within30} 张，90天内到期 ${within90} 张，已过期可复训 ${expiredRenewable} 张`,
    [section({ columns: COLUMNS, rows })],
  );
  return workbookFile(workbook, `到期提醒-${list.asOf.replaceAll('-', '')}.xlsx`, count);
}
