// Turns whatever an action threw into one sentence in the user's language: the backend's code via
// errors.<CODE> (with its details interpolated), else a generic message with the code. Never a stack.
// The variant, the details' formatting and the named record are the CLI's too (api/messages/errorSentence).
import i18n, { type TFunction } from 'i18next';
import * as sentence from '@api/messages/errorSentence';
import { ApiCallError } from '../api/client';
import { inputIssuesText } from './inputIssues';

const language = () => (i18n.language === 'en' ? 'en' : 'zh-CN');

export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiCallError)) return t('errors.unexpected');
  const { code, details = {} } = error.error;
  const key = error.error.messageKey || `errors.${code}`;
  if (!i18n.exists(key)) return t('errors.generic', { code });
  const values = sentence.sentenceValues(details, language());
  if (code === 'INPUT_INVALID') {
    const fields = inputIssuesText(t, details);
    return fields ? t('errors.INPUT_INVALID_fields', { fields }) : t(key);
  }
  return (
    t(
      sentence.variantCode(key, details, (name) => i18n.exists(name)),
      values,
    ) + recordNamed(details)
  );
}

/** A refusal naming a record (a package's or an export's): which record and why, after the message. */
export function recordNamed(details: unknown): string {
  return sentence.recordNamed(details, language());
}
