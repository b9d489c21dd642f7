// The error codes of the audit log viewer, for the UI and the CLI.
import type { Translated } from '../translated';

const zhCN = {
  AUDIT_EXPORT_TOO_LARGE: '要导出的日志太多，请先用筛选条件缩小范围。',
  AUDIT_EXPORT_TOO_LARGE_rows: '要导出 {{rows}} 条日志，超过一次最多 {{max}} 条，请先用日期或用户缩小范围。',
};

const en: Translated<typeof zhCN> = {
  AUDIT_EXPORT_TOO_LARGE: 'Too many entries to export; narrow the view with the filters first.',
  AUDIT_EXPORT_TOO_LARGE_rows:
    '{{rows}} entries to export, more than {{max}} at a time; narrow the dates or the user first.',
};

export const auditErrors = { 'zh-CN': zhCN, en };
