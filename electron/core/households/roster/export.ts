// 导出 Excel: the household register grid's current view (its search, filters and sort, through the same query as
// households.list) as an .xlsx list, one row per household: the number, the head (ID number masked as the grid
// masks it), the attribute and address, the size, the poverty file's status and cause in the 扶贫手册's words, and
// the office's custom fields.
import { ATTRIBUTE_WORDS, CAUSE_WORDS, MONITORING_WORDS, POVERTY_STATUS_WORDS } from '@rules/households';
import type { CoreContext } from '../../context';
import { customExportColumns } from '../../customFields/exportColumns';
import { visibleFields } from '../../customFields/fields';
import { listWorkbook, type ListColumn } from '../../files/listWorkbook';
import type { ExportedFile } from '../../people/contract';
import { exportFileName } from '../../people/export';
import { readOfficeOf } from '../../stock/office';
import type { HouseholdQuery, HouseholdRow } from './contract';
import { householdsInOrder } from './query';

/** The word the 扶贫手册 prints for a code (the first of its words). */
const word = <C extends string>(words: Record<C, readonly string[]>, code: C | null) =>
  code === null ? null : (words[code][0] ?? code);

const COLUMNS: ListColumn<HouseholdRow>[] = [
  { header: '户编号', width: 16, text: true, value: (h) => h.number },
  { header: '户主姓名', width: 10, value: (h) => h.headName },
  { header: '户主身份证号', width: 22, text: true, value: (h) => h.headIdNumber },
  { header: '性别', width: 6, value: (h) => (h.headGender === 'M' ? '男' : h.headGender === 'F' ? '女' : null) },
  { header: '户主手机', width: 14, text: true, value: (h) => h.headMobile },
  { header: '联系电话', width: 14, text: true, value: (h) => h.phone },
  { header: '户属性', width: 10, value: (h) => word(ATTRIBUTE_WORDS, h.attribute) },
  { header: '乡镇', width: 12, value: (h) => h.township },
  { header: '村', width: 12, value: (h) => h.village },
  { header: '组', width: 8, value: (h) => h.villageGroup },
  { header: '详细地址', width: 20, value: (h) => h.address },
  { header: '家庭人口', width: 8, value: (h) => h.size },
  { header: '脱贫状态', width: 10, value: (h) => word(POVERTY_STATUS_WORDS, h.povertyStatus) },
  {
    header: '监测对象类别',
    width: 14,
    value: (h) => word(MONITORING_WORDS, h.monitoringCategory),
  },
  { header: '主要致贫原因', width: 14, value: (h) => word(CAUSE_WORDS, h.mainCause) },
  { header: '备注', width: 24, value: (h) => h.notes },
];

export async function exportHouseholds(ctx: CoreContext, query: HouseholdQuery): Promise<ExportedFile> {
  const officeCode = readOfficeOf(ctx, query.officeCode);
  const fields = officeCode === 'all' ? [] : visibleFields(ctx, officeCode, 'households');
  const columns = [...COLUMNS, ...customExportColumns(fields, 'zh-CN', (h: HouseholdRow) => h.customFields)];
  const file = await listWorkbook('户籍与帮扶户', columns, householdsInOrder(ctx, query));
  return {
    fileName: exportFileName(ctx.now(), '户籍与帮扶户'),
    contentBase64: file.content.toString('base64'),
    rows: file.rows,
  };
}
