// The error codes of custom fields (自定义字段): defining a field (settings) and a value that breaks its field
// (forms, imports), named beside the field or in the import's column of that field.
import type { Translated } from '../translated';

const zhCN = {
  CUSTOM_FIELD_NOT_FOUND: '找不到这个自定义字段，可能已被他人修改，请刷新。',
  CUSTOM_FIELD_LABEL_REQUIRED: '请填写字段名称（中文和英文）。',
  CUSTOM_FIELD_LABEL_TAKEN: '已有名为“{{label}}”的字段，请换一个名称。',
  CUSTOM_FIELD_CHOICES_REQUIRED: '“从列表中选择”的字段至少要有一个选项。',
  CUSTOM_FIELD_TOO_MANY: '一个花名册最多 {{max}} 个自定义字段（含已隐藏的）。',
  CUSTOM_FIELD_REQUIRED: '必须填写。',
  CUSTOM_FIELD_TOO_LONG: '内容太长了，最多 500 个字。',
  CUSTOM_FIELD_NUMBER: '应填写数字。',
  CUSTOM_FIELD_DATE: '不是有效的日期，请按 2025-06-30 的格式填写。',
  CUSTOM_FIELD_CHOICE: '不是可选的值，请从列表中选择。',
  CUSTOM_FIELD_YESNO: '只能填“是”或“否”。',
  CUSTOM_FIELD_UNKNOWN: '没有这个自定义字段（可能已被隐藏），请刷新后再填写。',
  CUSTOM_FIELDS_INVALID: '自定义字段填写有误，请按提示改正。',
};

const en: Translated<typeof zhCN> = {
  CUSTOM_FIELD_NOT_FOUND: 'This custom field was not found; someone may have changed it. Please refresh.',
  CUSTOM_FIELD_LABEL_REQUIRED: 'Enter the field name (in Chinese and in English).',
  CUSTOM_FIELD_LABEL_TAKEN: 'A field named “{{label}}” exists already; choose another name.',
  CUSTOM_FIELD_CHOICES_REQUIRED: 'A “choice from a list” field needs at least one choice.',
  CUSTOM_FIELD_TOO_MANY: 'A roster has at most {{max}} custom fields (hidden ones included).',
  CUSTOM_FIELD_REQUIRED: 'Required.',
  CUSTOM_FIELD_TOO_LONG: 'Too long (at most 500 characters).',
  CUSTOM_FIELD_NUMBER: 'Enter a number.',
  CUSTOM_FIELD_DATE: 'Not a valid date; write it as 2025-06-30.',
  CUSTOM_FIELD_CHOICE: 'Not one of the choices; pick one from the list.',
  CUSTOM_FIELD_YESNO: 'Only “yes” or “no”.',
  CUSTOM_FIELD_UNKNOWN: 'There is no such custom field (it may have been hidden); refresh and fill it in again.',
  CUSTOM_FIELDS_INVALID: 'Some custom fields are not valid; please correct them as shown.',
};

export const customFieldErrors = { 'zh-CN': zhCN, en };
