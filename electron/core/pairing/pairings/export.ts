// 结对关系 as .xlsx: the pairing grid's current view.
import { CADRE_LEVEL_WORDS } from '@rules/pairing';
import type { CoreContext } from '../../context';
import type { ListColumn } from '../../files/listWorkbook';
import type { ExportedFile } from '../../people/contract';
import { exportList } from '../exportList';
import type { PairingQuery, PairingRow } from './contract';
import { allPairings } from './query';

const COLUMNS: ListColumn<PairingRow>[] = [
  { header: '户编号', width: 16, text: true, value: (p) => p.householdNumber },
  { header: '户主姓名', width: 10, value: (p) => p.headName },
  { header: '户主身份证号', width: 22, text: true, value: (p) => p.headIdNumber },
  { header: '乡镇', width: 12, value: (p) => p.township },
  { header: '村', width: 12, value: (p) => p.village },
  { header: '组', width: 8, value: (p) => p.villageGroup },
  { header: '帮扶责任人', width: 10, value: (p) => p.cadreName },
  { header: '工作单位', width: 24, value: (p) => p.cadreUnit },
  { header: '单位级别', width: 10, value: (p) => (p.cadreLevel ? CADRE_LEVEL_WORDS[p.cadreLevel][0]! : null) },
  { header: '联系电话', width: 16, text: true, value: (p) => p.cadrePhone },
  { header: '结对日期', width: 12, value: (p) => p.fromDate },
  { header: '结束日期', width: 12, value: (p) => p.toDate },
  { header: '结束原因', width: 20, value: (p) => p.endReason },
  { header: '最近走访', width: 12, value: (p) => p.lastVisit },
];

export function exportPairings(ctx: CoreContext, query: PairingQuery): Promise<ExportedFile> {
  return exportList(
    ctx,
    { sheet: '结对关系', tableName: 'household_pairings', query },
    COLUMNS,
    allPairings(ctx, query),
  );
}
