// 导出 Excel (三献管理员 only): the register grid's current view (its search, filters and sort, through the same
// query as donors.list) as an .xlsx list, ID numbers masked as the grid masks them. Audited with the records it holds.
import type { DonorKind, MatchingStage } from '@rules/donors';
import { appendAudit } from '../audit/chain';
import type { CoreContext } from '../context';
import { listWorkbook, type ListColumn } from '../files/listWorkbook';
import type { ExportedFile } from '../people/contract';
import { exportFileName } from '../people/export';
import type { DonorQuery, DonorRegistrationRow } from './contract';
import { allRegistrations } from './query';

const KIND_NAMES: Record<DonorKind, string> = {
  blood: '无偿献血',
  stemCells: '造血干细胞',
  organ: '人体器官',
  body: '遗体',
};
const STAGE_NAMES: Record<MatchingStage, string> = {
  initialMatch: '初配',
  highResolution: '高分辨',
  medicalExam: '体检',
  donated: '已捐献',
};
const yesNo = (value: boolean | null) => (value === null ? null : value ? '同意' : '不同意');

const COLUMNS: ListColumn<DonorRegistrationRow>[] = [
  { header: '姓名', width: 10, value: (r) => r.name },
  { header: '性别', width: 6, value: (r) => (r.gender === 'M' ? '男' : r.gender === 'F' ? '女' : null) },
  { header: '身份证号码', width: 22, text: true, value: (r) => r.idNumber },
  { header: '手机号码', width: 14, text: true, value: (r) => r.mobile },
  { header: '乡镇(街道)', width: 14, value: (r) => r.township },
  { header: '登记类别', width: 12, value: (r) => KIND_NAMES[r.kind] },
  { header: '登记日期', width: 12, value: (r) => r.registrationDate },
  { header: '登记地点', width: 20, value: (r) => r.place },
  { header: '入库血样日期', width: 12, value: (r) => r.sampleDate },
  { header: '初配日期', width: 12, value: (r) => r.initialMatchDate },
  { header: '高分辨日期', width: 12, value: (r) => r.highResolutionDate },
  { header: '体检日期', width: 12, value: (r) => r.medicalExamDate },
  { header: '配型进度', width: 10, value: (r) => (r.stage ? STAGE_NAMES[r.stage] : null) },
  { header: '登记编号', width: 16, text: true, value: (r) => r.registrationNumber },
  { header: '家属意见', width: 10, value: (r) => yesNo(r.familyConsent) },
  { header: '同意人', width: 14, value: (r) => r.consentBy },
  { header: '捐献次数', width: 10, value: (r) => r.donations },
  { header: '最近捐献日期', width: 12, value: (r) => r.lastDonationDate },
  { header: '献血量合计(毫升)', width: 14, value: (r) => (r.kind === 'blood' ? r.bloodMl : null) },
  { header: '备注', width: 24, value: (r) => r.notes },
];

export async function exportRegistrations(ctx: CoreContext, query: DonorQuery): Promise<ExportedFile> {
  const rows = allRegistrations(ctx, query);
  const file = await listWorkbook('三献登记', COLUMNS, rows);
  // A 'job' method (api/method.ts): after the file is built, its audit entry commits in a transaction of its own.
  ctx.store.sqlite.transaction(() =>
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'donor_registrations',
      after: { export: true, rows: file.rows, query, registrationIds: rows.map((r) => r.id) },
    }),
  )();
  return {
    fileName: exportFileName(ctx.now(), '三献登记'),
    contentBase64: file.content.toString('base64'),
    rows: file.rows,
  };
}
