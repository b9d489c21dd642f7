// The statistics as an .xlsx file: the totals, then by township, sector, office and month, as the page shows them.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '@core/people/contract';
import { TRAINING_SECTOR_NAMES } from '@rules/training/kinds';
import type { CoreContext } from '../../context';
import { addSheet, section, workbookFile, type ReportColumn } from '../../stock/reports/workbook';
import type { MonthFigures, TrainingFigures } from './contract';
import { trainingStats, type StatsInput } from './stats';

const figureColumns = <R extends TrainingFigures>(): ReportColumn<R>[] => [
  { header: '培训场次', width: 10, kind: 'number', value: (r) => r.coursesHeld },
  { header: '普及人次', width: 10, kind: 'number', value: (r) => r.popularAttendances },
  { header: '发证数', width: 10, kind: 'number', value: (r) => r.certificatesIssued },
  { header: '新增持证人数', width: 12, kind: 'number', value: (r) => r.personsCertified },
  { header: '复训换证', width: 10, kind: 'number', value: (r) => r.renewals },
  { header: '授课师资', width: 10, kind: 'number', value: (r) => r.instructorsActive },
  { header: '期末有效持证人数', width: 14, kind: 'number', value: (r) => r.personsWithValidCertificate },
];

const shareText = (share: number | null) => (share === null ? null : `${share.toFixed(2)}%`);

export async function exportTrainingStats(ctx: CoreContext, input: StatsInput): Promise<ExportedFile> {
  const s = trainingStats(ctx, input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '博爱台账';
  type Total = TrainingFigures & { label: string; population: number | null; validShare: number | null };
  const totalRow: Total = { label: '合计', ...s.total, population: s.population, validShare: s.validShare };
  const target =
    s.certifiedTarget === null ? '' : `；年度新增持证目标 ${s.certifiedTarget} 人，完成 ${s.targetProgress}%`;
  const rows = addSheet(
    workbook,
    '培训统计',
    `${s.officeName}应急救护培训统计`,
    `统计期间：${s.from} 至 ${s.to}${target}`,
    [
      section<Total>({
        heading: '一、总体',
        columns: [
          { header: '', width: 14, value: (r) => r.label },
          ...figureColumns<Total>(),
          { header: '户籍人口', width: 12, kind: 'number', value: (r) => r.population },
          { header: '持证占户籍人口', width: 14, value: (r) => shareText(r.validShare) },
        ],
        rows: [totalRow],
      }),
      section({
        heading: '二、按乡镇（街道）',
        columns: [
          ...(s.officeCode === null && s.byTownship.some((r) => r.officeName)
            ? [{ header: '单位', width: 18, value: (r: (typeof s.byTownship)[number]) => r.officeName ?? '' }]
            : []),
          { header: '乡镇（街道）', width: 14, value: (r) => r.township ?? '（未填乡镇）' },
          ...figureColumns<(typeof s.byTownship)[number]>(),
          { header: '户籍人口', width: 12, kind: 'number', value: (r) => r.population },
          { header: '持证占户籍人口', width: 14, value: (r) => shareText(r.validShare) },
        ],
        rows: s.byTownship,
      }),
      section({
        heading: '三、按领域（五进）',
        columns: [
          { header: '领域', width: 14, value: (r) => (r.sector ? TRAINING_SECTOR_NAMES[r.sector] : '（未填领域）') },
          ...figureColumns<(typeof s.bySector)[number]>(),
        ],
        rows: s.bySector,
      }),
      section({
        heading: '四、按单位',
        columns: [
          { header: '单位', width: 14, value: (r) => r.officeName },
          ...figureColumns<(typeof s.byOffice)[number]>(),
        ],
        rows: s.byOffice,
      }),
      section<MonthFigures>({
        heading: '五、按月',
        columns: [
          { header: '月份', width: 14, value: (r) => r.month },
          { header: '培训场次', width: 10, kind: 'number', value: (r) => r.coursesHeld },
          { header: '普及人次', width: 10, kind: 'number', value: (r) => r.popularAttendances },
          { header: '发证数', width: 10, kind: 'number', value: (r) => r.certificatesIssued },
          { header: '新增持证人数', width: 12, kind: 'number', value: (r) => r.personsCertified },
          { header: '复训换证', width: 10, kind: 'number', value: (r) => r.renewals },
        ],
        rows: s.byMonth,
      }),
    ],
  );
  return workbookFile(workbook, `培训统计-${s.from.replaceAll('-', '')}-${s.to.replaceAll('-', '')}.xlsx`, rows);
}
