// Turns whatever an action threw into one sentence in the user's language: the backend's code via
// errors.<CODE> (with its details interpolated), else a generic message with the code. Never a stack.
import i18n, { type TFunction } from 'i18next';
import { recordProblemOf, recordProblemText } from '../../../electron/api/recordLabels';
import { ApiCallError } from '../api/client';
import { formatDateTime } from './format';
import { inputIssuesText } from './inputIssues';

/** Details the backend sends that should be shown formatted, not raw. */
const DATE_DETAILS = new Set(['until', 'at', 'since']);

function interpolation(details: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    values[key] = DATE_DETAILS.has(key) && typeof value === 'string' ? formatDateTime(value) : value;
  }
  return values;
}

/** A variant key chosen by the details: errors.LOGIN_FAILED_remaining when details.remaining is set. */
function variantKey(key: string, details: Record<string, unknown>): string | null {
  for (const name of Object.keys(details)) {
    if (details[name] !== undefined && details[name] !== null && i18n.exists(`${key}_${name}`)) return `${key}_${name}`;
  }
  return null;
}

export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiCallError)) return t('errors.unexpected');
  const { code, details = {} } = error.error;
  const key = error.error.messageKey || `errors.${code}`;
  if (!i18n.exists(key)) return t('errors.generic', { code });
  const values = interpolation(details);
  if (code === 'INPUT_INVALID') {
    const sentence = inputIssuesText(t, details);
    return sentence ? t('errors.INPUT_INVALID_fields', { fields: sentence }) : t(key);
  }
  return t(variantKey(key, details) ?? key, values) + recordNamed(details);
}

/** A refusal naming a record (a package's or an export's): which record and why, after the message. */
export function recordNamed(details: unknown): string {
  const problem = recordProblemOf(details);
  if (!problem) return '';
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (language === 'en' ? ' ' : '') + recordProblemText(problem, language);
}
