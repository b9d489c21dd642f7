// A refusal of the contract (INPUT_INVALID) said as the form says it: the field's label and the rule with its
// numbers ("姓名最多 50 个字", "Name: at most 50 characters"), never the raw path the router reports.
// The renderer (renderer/src/i18n/inputIssues.ts, adding its own form labels) and the CLI both say it here.
import { FIELD_LABELS } from '../fieldLabels';
import type { Language } from './translated';

interface InputIssue {
  path: string;
  code: string;
  origin?: string;
  max?: number;
  min?: number;
  expected?: string;
  format?: string;
}

/** A form's own label for a field of a method (the renderer's), or null to use the travelling tables' labels. */
export type FormLabel = (method: string, field: string) => string | null;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** stock.items.create -> stock_items; a document's line fields -> stock_document_lines. */
function tableOf(method: string, path: string[]): string {
  const parts = method.split('.');
  if (parts[0] === 'stock' && parts[1] === 'documents' && path.includes('lines')) return 'stock_document_lines';
  if (parts[0] === 'stock' && parts.length > 2) return `stock_${parts[1]}`;
  return parts[0] ?? '';
}

function labelOf(method: string, path: string, language: Language, formLabel?: FormLabel): string | null {
  const segments = path.split('.').filter((part) => part && !/^\d+$/.test(part));
  const field = segments.at(-1);
  if (!field) return null;
  const own = formLabel?.(method, field);
  if (own) return own;
  const table = tableOf(method, segments);
  const label = FIELD_LABELS[table]?.[snake(field)] ?? FIELD_LABELS['*']?.[snake(field)];
  return label ? label[language] : null;
}

function ruleKey(issue: InputIssue, field: string): keyof (typeof inputIssueTables)['en']['errors']['input'] {
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

const fill = (text: string, values: Record<string, unknown>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

/** Each refused field's sentence by the last segment of its path (name -> 姓名最多 50 个字), for marking the field. */
export function inputIssuesByField(
  details: Record<string, unknown>,
  language: Language,
  formLabel?: FormLabel,
): Record<string, string> {
  const issues = Array.isArray(details.issues) ? (details.issues as InputIssue[]) : [];
  const method = typeof details.method === 'string' ? details.method : '';
  const rules = inputIssueTables[language].errors.input;
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const field = labelOf(method, String(issue.path ?? ''), language, formLabel);
    const last = String(issue.path).split('.').at(-1) ?? '';
    if (field && !(last in byField))
      byField[last] = fill(rules[ruleKey(issue, last)], { field, max: issue.max, min: issue.min });
  }
  return byField;
}

/** One sentence per refused field, or null when no field could be named (the caller says the generic sentence). */
export function inputIssuesText(
  details: Record<string, unknown>,
  language: Language,
  formLabel?: FormLabel,
): string | null {
  const sentences = new Set(Object.values(inputIssuesByField(details, language, formLabel)));
  return sentences.size ? [...sentences].join(inputIssueTables[language].errors.input.separator) : null;
}

/** The rules' sentences, also registered with the renderer's i18n (errors.input.*). */
export const inputIssueTables = {
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
