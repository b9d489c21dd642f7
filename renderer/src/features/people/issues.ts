// Field issues from the backend (PERSON_INVALID / PERSON_WARNINGS details.issues, import previews) as
// sentences in the user's language, reusing the app's error texts and their detail variants.
import i18n, { type TFunction } from 'i18next';
import type { FieldIssue } from '@core/people/contract';
import { isCustomFieldKey } from '@rules/customFields';
import { ApiCallError } from '../../api/client';
import { errorText } from '../../i18n';
import { genderText } from './fields';

/** Details worth showing translated rather than raw (a gender code inside a sentence). */
function localDetails(t: TFunction, details: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...details };
  for (const key of ['fromId', 'given', 'expected']) {
    if (out[key] === 'M' || out[key] === 'F') out[key] = genderText(t, out[key] as string);
  }
  return out;
}

export function issueText(t: TFunction, issue: Pick<FieldIssue, 'code' | 'details'>): string {
  const error = new ApiCallError({
    code: issue.code,
    messageKey: `errors.${issue.code}`,
    details: localDetails(t, issue.details),
  });
  return errorText(t, error);
}

/** The field issues an API error carries (a refused save), or null when it is some other error. */
export function issuesOf(error: unknown): FieldIssue[] | null {
  if (!(error instanceof ApiCallError)) return null;
  const issues = error.error.details?.issues;
  if (Array.isArray(issues) && issues.every((issue) => typeof issue === 'object' && issue && 'field' in issue)) {
    return issues as FieldIssue[];
  }
  if (error.code === 'ID_DUPLICATE') {
    return [{ field: 'idNumber', code: 'ID_DUPLICATE', severity: 'error', details: error.error.details }];
  }
  return null;
}

/** True when the save was refused only because of warnings the user may accept. */
export function onlyWarnings(error: unknown): boolean {
  const issues = issuesOf(error);
  return issues !== null && issues.length > 0 && issues.every((issue) => issue.severity === 'warning');
}

/** The field an issue names, as the form labels it; a custom field by the label its details carry. */
export function issueFieldLabel(t: TFunction, issue: Pick<FieldIssue, 'field' | 'details'>): string {
  if (!isCustomFieldKey(issue.field)) return t(`people.field.${issue.field}`);
  const label = issue.details?.[i18n.language === 'en' ? 'labelEn' : 'labelZh'];
  return typeof label === 'string' ? label : issue.field;
}

/** One line for a toast or a summary: "身份证号：校验位不对…；手机：…". */
export function issuesLine(t: TFunction, issues: FieldIssue[]): string {
  return issues
    .map((issue) => t('people.fieldIssue', { field: issueFieldLabel(t, issue), problem: issueText(t, issue) }))
    .join(t('people.listSeparator'));
}

/** The message for a failed save: its field issues if it has any, else the error's own text. */
export function saveErrorText(t: TFunction, error: unknown): string {
  const issues = issuesOf(error);
  return issues?.length ? issuesLine(t, issues) : errorText(t, error);
}
