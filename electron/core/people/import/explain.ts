// Row problems in Chinese, for the 错误说明 column of the file of rejected rows: the clerk reads it in
// Excel, where the renderer's translations cannot reach.
import type { FieldIssue, PersonField } from '@core/people/contract';
import { isCustomFieldKey } from '@rules/customFields';

export const FIELD_LABELS: Record<PersonField, string> = {
  name: '姓名',
  gender: '性别',
  idNumber: '身份证号',
  mobile: '手机',
  phone: '固定电话',
  township: '乡镇/街道',
  village: '村/社区',
  workUnit: '工作单位',
  notes: '备注',
};

const TEXTS: Record<string, (d: Record<string, unknown>) => string> = {
  ID_REQUIRED: () => '没有填写',
  ID_LENGTH: () => '应为 18 位（或 15 位旧号码）',
  ID_CHARACTERS: () => '只能是数字，最后一位可以是 X',
  ID_AREA: () => '前 6 位不是有效的行政区划代码',
  ID_BIRTHDATE: () => '其中的出生日期不存在',
  ID_CHECKSUM: () => '校验位不对，可能有数字输错了',
  ID_SPREADSHEET_NUMBER: () => '在 Excel 中被存成了数字，后几位已经丢失；请把这一列设为“文本”格式后重新输入',
  ID_DUPLICATE: (d) => `已经登记过了${d.existingName ? `（${String(d.existingName)}）` : ''}`,
  ID_DUPLICATE_IN_FILE: (d) => `与文件中第 ${String(d.firstRow)} 行重复`,
  ID_VOIDED_ADDED_AGAIN: () => '属于一位已作废的人员，将作为新人员登记（已作废的记录不变）',
  MOBILE_FORMAT: () => '应为 11 位、以 13–19 开头的号码',
  PHONE_FORMAT: () => '格式不对，请带区号，如 0527-84123456',
  NAME_REQUIRED: () => '没有填写',
  NAME_TOO_LONG: (d) => `太长了，最多 ${String(d.max)} 个字`,
  TEXT_TOO_LONG: (d) => `太长了，最多 ${String(d.max)} 个字`,
  GENDER_INVALID: () => '只能填“男”或“女”',
  CUSTOM_FIELD_REQUIRED: () => '没有填写',
  CUSTOM_FIELD_TOO_LONG: () => '太长了，最多 500 个字',
  CUSTOM_FIELD_NUMBER: () => '应填写数字',
  CUSTOM_FIELD_DATE: () => '不是有效的日期',
  CUSTOM_FIELD_CHOICE: () => '不是可选的值',
  CUSTOM_FIELD_YESNO: () => '只能填“是”或“否”',
  TEXT_UNREADABLE: () => '中有无法读出的字符（�），请核对文件中这一格后重新导入',
  GENDER_MISMATCH: (d) => `与身份证号不一致${d.fromId ? `（按身份证号应为${d.fromId === 'M' ? '男' : '女'}）` : ''}`,
};

export function explainIssue(issue: FieldIssue): string {
  const text = TEXTS[issue.code]?.(issue.details ?? {}) ?? issue.code;
  const label = isCustomFieldKey(issue.field)
    ? `“${String(issue.details?.['labelZh'] ?? issue.field)}”`
    : FIELD_LABELS[issue.field];
  return `${issue.severity === 'warning' ? '提醒：' : ''}${label}${text}`;
}

/** One cell's worth of explanation for a row: its errors first, then its warnings. */
export function explainRow(issues: readonly FieldIssue[]): string {
  const ordered = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
  return ordered.map(explainIssue).join('；');
}
