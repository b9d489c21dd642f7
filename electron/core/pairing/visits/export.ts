// 走访记录 as .xlsx: the visit grid's current view, money in yuan.
import type { CoreContext } from '../../context';
import type { ListColumn } from '../../files/listWorkbook';
import type { ExportedFile } from '../../people/contract';
import { exportList } from '../exportList';
import type { VisitQuery, VisitRow } from './contract';
import { allVisits } from './query';

const STATUS: Record<NonNullable<VisitRow['documentStatus']>, string> = {
  draft: '待审批',
  approved: '待出库',
  posted: '已出库',
};

const COLUMNS: ListColumn<VisitRow>[] = [
  { header: '走访日期', width: 12, value: (v) => v.visitDate },
  { header: '户编号', width: 16, text: true, value: (v) => v.householdNumber },
  { header: '户主姓名', width: 10, value: (v) => v.headName },
  { header: '户主身份证号', width: 22, text: true, value: (v) => v.headIdNumber },
  { header: '乡镇', width: 12, value: (v) => v.township },
  { header: '村', width: 12, value: (v) => v.village },
  { header: '帮扶责任人', width: 10, value: (v) => v.cadreName },
  { header: '了解情况', width: 30, value: (v) => v.found },
  { header: '帮扶内容', width: 30, value: (v) => v.done },
  { header: '慰问金(元)', width: 12, value: (v) => v.moneyFen / 100 },
  { header: '物资', width: 24, value: (v) => v.goods },
  { header: '出库单号', width: 18, text: true, value: (v) => v.documentNumber },
  { header: '出库状态', width: 10, value: (v) => (v.documentStatus ? STATUS[v.documentStatus] : null) },
  { header: '户主签字', width: 8, value: (v) => (v.acknowledged ? '已签字' : '未签字') },
];

export function exportVisits(ctx: CoreContext, query: VisitQuery): Promise<ExportedFile> {
  return exportList(ctx, { sheet: '走访记录', tableName: 'household_visits', query }, COLUMNS, allVisits(ctx, query));
}
