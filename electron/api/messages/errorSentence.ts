// One error code and its details as the sentence the user reads, in either language: the variant chosen by
// the details (errors.LOGIN_FAILED_remaining when details.remaining is set), the details shown as the user
// writes them (dates as 2025-03-04 14:05, a file's kind named), the record a package refused named after it.
// The renderer's errorText and the CLI both build their sentences here.
import { recordProblemOf, recordProblemText } from '../recordLabels';
import { ERROR_MESSAGES, fileKinds } from './errors';
import { inputIssuesText } from './inputIssues';
import type { Language } from './translated';

/** Details the backend sends that are shown formatted, not raw. */
const DATE_DETAILS = new Set(['until', 'at', 'since']);

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date-time in the machine's time zone, to the minute, as offices write it in both languages. */
function localDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The details as the sentence shows them. */
export function sentenceValues(details: Record<string, unknown>, language: Language): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (DATE_DETAILS.has(key) && typeof value === 'string') values[key] = localDateTime(value);
    else if (key === 'kind' && typeof value === 'string')
      values[key] = fileKinds[language][value as keyof (typeof fileKinds)['en']] ?? value;
    else values[key] = value;
  }
  return values;
}

/** The key with the first detail that has a variant: CODE_name, else CODE itself. */
export function variantCode(code: string, details: Record<string, unknown>, has: (key: string) => boolean): string {
  for (const name of Object.keys(details)) {
    if (details[name] !== undefined && details[name] !== null && has(`${code}_${name}`)) return `${code}_${name}`;
  }
  return code;
}

/** A refusal naming a record (a package's or an export's): which record and why, to put after the message. */
export function recordNamed(details: unknown, language: Language): string {
  const problem = recordProblemOf(details);
  return problem ? (language === 'en' ? ' ' : '') + recordProblemText(problem, language) : '';
}

function interpolate(text: string, values: Record<string, unknown>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    return value === undefined || value === null
      ? ''
      : Array.isArray(value)
        ? value.join(listSeparator(text))
        : String(value);
  });
}

/** Lists inside a sentence: 、 in Chinese, ", " in English. */
function listSeparator(text: string): string {
  return /[\u4e00-\u9fff]/.test(text) ? '、' : ', ';
}

/** Whether the code has a sentence of its own (else the generic one, naming the code, stands in). */
export function hasSentence(code: string, language: Language): boolean {
  return code in ERROR_MESSAGES[language];
}

/** The sentence for `code` with its details, in `language`. */
export function errorSentence(code: string, details: Record<string, unknown> = {}, lang: Language = 'zh-CN'): string {
  const table = ERROR_MESSAGES[lang];
  if (!(code in table)) return interpolate(table['generic']!, { code });
  // The contract's refusal names each field as the form labels it, as the renderer's errorText does.
  const fields = code === 'INPUT_INVALID' && !details['fields'] ? inputIssuesText(details, lang) : null;
  if (fields) return interpolate(table['INPUT_INVALID_fields']!, { fields });
  const key = variantCode(code, details, (name) => name in table);
  return interpolate(table[key]!, sentenceValues(details, lang)) + recordNamed(details, lang);
}
