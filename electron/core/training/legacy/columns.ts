// The legacy register's columns, found from the header words offices use (under a merged title row).
import { columnsOfHeader, headerWords } from '../../spreadsheet/header';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';
import type { LegacyField } from './contract';

export type LegacyColumns = Partial<Record<LegacyField, number>>;

const HEADERS: Record<LegacyField, string[]> = {
  name: ['姓名', '学员姓名', '持证人', '持证人姓名', 'name'],
  gender: ['性别', 'gender', 'sex'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', 'idnumber', 'id'],
  certificateNumber: ['证书编号', '证书号', '证书号码', '证号', '编号', 'certificatenumber', 'certificateno', 'number'],
  kind: ['证书类别', '证书类型', '证书种类', '培训类别', '培训类型', '类别', '类型', '证书名称', 'kind'],
  issueDate: ['发证日期', '发证时间', '取证日期', '取证时间', '颁证日期', '签发日期', 'issuedate', 'issued'],
  expiryDate: ['有效期至', '有效期', '到期日期', '到期时间', '有效截止日期', '截止日期', 'expirydate', 'expires'],
  township: ['乡镇', '乡镇(街道)', '乡镇街道', '街道', '所属乡镇', 'township'],
  workUnit: ['工作单位', '单位', '所在单位', 'workunit'],
  sector: ['领域', '五进', '五进领域', '培训领域', 'sector'],
};

const FIELD_OF = headerWords(HEADERS);

/** Without these a row cannot become a certificate. */
export const REQUIRED_COLUMNS: readonly LegacyField[] = ['name', 'idNumber', 'certificateNumber', 'kind', 'issueDate'];

export function headerColumns(cells: readonly Cell[]): LegacyColumns {
  return columnsOfHeader(cells, FIELD_OF, cellText);
}

/** The header is the first row naming at least three required columns (a title row names none). */
export function findLegacyHeader(rows: readonly SheetRow[]): number | null {
  const at = rows.findIndex((row) => {
    const columns = headerColumns(row.cells);
    return REQUIRED_COLUMNS.filter((field) => columns[field] !== undefined).length >= 3;
  });
  return at < 0 ? null : at;
}
