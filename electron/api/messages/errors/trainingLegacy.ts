// The error codes of the legacy certificate register import as a whole (a row's problems are in
// messages/legacyCertificateRows.ts). For the UI and the CLI.
import type { Translated } from '../translated';

const zhCN = {
  LEGACY_COLUMNS_MISSING:
    '找不到证书台账的表头：表格中应有“姓名”“身份证号”“证书编号”“证书类别”“发证日期”这几列（列名写在同一行）。',
  CERTIFICATE_NUMBER_EXISTS: '证书编号已在本单位登记过，不能重复导入。',
};

const en: Translated<typeof zhCN> = {
  LEGACY_COLUMNS_MISSING:
    "The register's header row was not found: the sheet needs the columns 姓名 (name), 身份证号 (ID number), 证书编号 (certificate number), 证书类别 (kind) and 发证日期 (issue date), named in one row.",
  CERTIFICATE_NUMBER_EXISTS:
    'This certificate number is registered in this office already; it cannot be imported again.',
};

export const trainingLegacyErrors = { 'zh-CN': zhCN, en };
