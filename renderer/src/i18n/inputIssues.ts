// A refusal of the contract (INPUT_INVALID) said as the form says it, by the shared sentences
// (electron/api/messages/inputIssues.ts, the CLI's too) with this renderer's own form labels first.
import i18n, { type TFunction } from 'i18next';
import * as shared from '@api/messages/inputIssues';

export const inputIssueMessages = shared.inputIssueTables;

/** Where a method's fields are labelled: the renderer's own form labels first, then the travelling tables'. */
const FORM_LABEL_KEYS: Record<string, string> = {
  people: 'people.field',
  users: 'users',
  auth: 'users',
  office: 'users',
};

const language = () => (i18n.language === 'en' ? 'en' : 'zh-CN');

function formLabel(t: TFunction): shared.FormLabel {
  return (method, field) => {
    const formKey = FORM_LABEL_KEYS[method.split('.')[0] ?? ''];
    return formKey && i18n.exists(`${formKey}.${field}`) ? t(`${formKey}.${field}`) : null;
  };
}

/** Each refused field's sentence by the last segment of its path (name -> 姓名最多 50 个字), for marking the field. */
export function inputIssuesByField(t: TFunction, details: Record<string, unknown>): Record<string, string> {
  return shared.inputIssuesByField(details, language(), formLabel(t));
}

/** One sentence per refused field, or null when no field could be named (the caller says the generic sentence). */
export function inputIssuesText(t: TFunction, details: Record<string, unknown>): string | null {
  return shared.inputIssuesText(details, language(), formLabel(t));
}
