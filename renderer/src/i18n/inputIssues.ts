// A refusal of the contract (INPUT_INVALID) said as the form says it: the field's label and the rule with its
// numbers ("姓名最多 50 个字", "Name: at most 50 characters"), never the raw path the router reports.
import i18n, { type TFunction } from 'i18next';
import { FIELD_LABELS } from '@api/fieldLabels';

interface InputIssue {
  path: string;
  code: string;
  origin?: string;
  max?: number;
  min?: number;
  expected?: string;
  format?: string;
}

/** Where a method's fields are labelled: the renderer's own form labels first, then the travelling tables'. */
const FORM_LABEL_KEYS: Record<string, string> = {
  people: 'people.field',
  users: 'users',
  auth: 'users',
  office: 'users',
};

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** stock.items.create -> stock_items; a document's line fields -> stock_document_lines. */
function tableOf(method: string, path: string[]): string {
  const parts = method.split('.');
  if (parts[0] === 'stock' && parts[1] === 'documents' && path.includes('lines')) return 'stock_document_lines';
  if (parts[0] === 'stock' && parts.length > 2) return `stock_${parts[1]}`;
  return parts[0] ?? '';
}

function labelOf(t: TFunction, method: string, path: string): string | null {
  const segments = path.split('.').filter((part) => part && !/^\d+$/.test(part));
  const field = segments.at(-1);
  if (!field) return null;
  const formKey = FORM_LABEL_KEYS[method.split('.')[0] ?? ''];
  if (formKey && i18n.exists(`${formKey}.${field}`)) return t(`${formKey}.${field}`);
  const table = tableOf(method, segments);
  const label = FIELD_LABELS[table]?.[snake(field)] ?? FIELD_LABELS['*']?.[snake(field)];
  return label ? label[i18n.language === 'en' ? 'en' : 'zh-CN'] : null;
}

function ruleKey(issue: InputIssue, field: string): string {
  if (issue.code === 'too_big')
    return issue.origin === 'number' ? 'tooLarge' : issue.origin === 'array' ? 'tooMany' : 'tooLong';
  if (issue.code === 'too_small') {
    if (issue.origin === 'number') return 'tooSmall';
    return issue.min === 1 ? 'required' : 'tooShort';
  }
  if (issue.code === 'invalid_type')
    return issue.expected === 'number' ? 'notNumber' : issue.expected === 'undefined' ? 'notAllowed' : 'invalid';
  if (issue.code === 'invalid_format') return /date/i.test(field) ? 'date' : 'format';
  if (issue.code === 'invalid_value') return 'choice';
  return 'invalid';
}

/** Each refused field's sentence by the last segment of its path (name -> 姓名最多 50 个字), for marking the field. */
export function inputIssuesByField(t: TFunction, details: Record<string, unknown>): Record<string, string> {
  const issues = Array.isArray(details.issues) ? (details.issues as InputIssue[]) : [];
  const method = typeof details.method === 'string' ? details.method : '';
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const field = labelOf(t, method, String(issue.path ?? ''));
    const last = String(issue.path).split('.').at(-1) ?? '';
    if (field && !(last in byField))
      byField[last] = t(`errors.input.${ruleKey(issue, last)}`, { field, max: issue.max, min: issue.min });
  }
  return byField;
}

/** One sentence per refused field, or null when no field could be named (the caller says the generic sentence). */
export function inputIssuesText(t: TFunction, details: Record<string, unknown>): string | null {
  const sentences = new Set(Object.values(inputIssuesByField(t, details)));
  return sentences.size ? [...sentences].join(t('errors.input.separator')) : null;
}

export const inputIssueMessages = {
  'zh-CN': {
    errors: {
      input: {
        separator: '；',
        tooLong: '{{field}}最多 {{max}} 个字',
        tooShort: '{{field}}至少 {{min}} 个字',
        required: '请填写{{field}}',
        tooLarge: '{{field}}不能大于 {{max}}',
        tooSmall: '{{field}}不能小于 {{min}}',
        tooMany: '{{field}}最多 {{max}} 项',
        notNumber: '{{field}}必须是数字',
        notAllowed: '{{field}}不能在这里填写',
        date: '{{field}}的日期格式应为 年-月-日',
        format: '{{field}}的格式不对',
        choice: '{{field}}请从列表中选择',
        invalid: '{{field}}填写的内容有误',
      },
    },
  },
  en: {
    errors: {
      input: {
        separator: '; ',
        tooLong: '{{field}}: at most {{max}} characters',
        tooShort: '{{field}}: at least {{min}} characters',
        required: '{{field}}: required',
        tooLarge: '{{field}}: at most {{max}}',
        tooSmall: '{{field}}: at least {{min}}',
        tooMany: '{{field}}: at most {{max}} entries',
        notNumber: '{{field}}: must be a number',
        notAllowed: '{{field}}: cannot be given here',
        date: '{{field}}: date as year-month-day (2025-06-30)',
        format: '{{field}}: not in the right form',
        choice: '{{field}}: choose from the list',
        invalid: '{{field}}: not valid',
      },
    },
  },
};
