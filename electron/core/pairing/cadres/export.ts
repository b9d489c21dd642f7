// 帮扶干部名册 as .xlsx: the cadre grid's current view.
import { CADRE_LEVEL_WORDS } from '@rules/pairing';
import type { CoreContext } from '../../context';
import type { ListColumn } from '../../files/listWorkbook';
import type { ExportedFile } from '../../people/contract';
import { exportList } from '../exportList';
import type { CadreQuery, CadreRow } from './contract';
import { allCadres } from './query';

const COLUMNS: ListColumn<CadreRow>[] = [
  { header: '姓名', width: 10, value: (c) => c.name },
  { header: '性别', width: 6, value: (c) => (c.gender === 'M' ? '男' : c.gender === 'F' ? '女' : null) },
  { header: '身份证号码', width: 22, text: true, value: (c) => c.idNumber },
  { header: '工作单位', width: 26, value: (c) => c.unit },
  { header: '单位级别', width: 10, value: (c) => (c.level ? CADRE_LEVEL_WORDS[c.level][0]! : null) },
  { header: '联系电话', width: 16, text: true, value: (c) => c.phone },
  { header: '结对户数', width: 10, value: (c) => c.households },
  { header: '最近走访', width: 12, value: (c) => c.lastVisit },
  { header: '备注', width: 24, value: (c) => c.notes },
];

export function exportCadres(ctx: CoreContext, query: CadreQuery): Promise<ExportedFile> {
  return exportList(ctx, { sheet: '帮扶干部', tableName: 'household_cadres', query }, COLUMNS, allCadres(ctx, query));
}
