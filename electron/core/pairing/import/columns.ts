// The pairing list's columns, found from the header words offices write (帮扶干部身份证号, 户主身份证号, 结对日期 ...),
// under any title rows. The cadre's unit, level and phone are optional: a cadre the list adds takes them.
import { columnsOfHeader, headerWords } from '../../spreadsheet/header';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';
import type { PairingImportField } from './contract';

const HEADERS: Record<PairingImportField, string[]> = {
  cadreIdNumber: [
    '帮扶干部身份证号',
    '帮扶干部身份证号码',
    '帮扶责任人身份证号',
    '帮扶责任人身份证号码',
    '干部身份证号',
    '结对干部身份证号',
    'cadreidnumber',
  ],
  headIdNumber: ['户主身份证号', '户主身份证号码', '户主证件号码', '贫困户户主身份证号', 'headidnumber'],
  fromDate: ['结对日期', '结对时间', '帮扶开始日期', '开始日期', '起始日期', 'fromdate'],
  unit: ['工作单位', '帮扶单位', '干部单位', '单位', '单位名称', 'unit'],
  level: ['单位级别', '单位层级', '单位类别', '级别', 'level'],
  phone: ['联系电话', '干部电话', '帮扶干部电话', '手机号码', '手机', 'phone'],
};

const FIELD_OF = headerWords(HEADERS);

export type PairingColumns = Partial<Record<PairingImportField, number>>;

export function pairingColumns(cells: readonly Cell[]): PairingColumns {
  return columnsOfHeader(cells, FIELD_OF, cellText);
}

/** The columns a list must have: who the cadre is, which household, from when. */
export const REQUIRED_COLUMNS: readonly PairingImportField[] = ['cadreIdNumber', 'headIdNumber', 'fromDate'];

/** The header: the first row naming all three. */
export function findPairingHeader(rows: readonly SheetRow[]): number | null {
  const at = rows.findIndex((row) => {
    const columns = pairingColumns(row.cells);
    return REQUIRED_COLUMNS.every((field) => columns[field] !== undefined);
  });
  return at < 0 ? null : at;
}
