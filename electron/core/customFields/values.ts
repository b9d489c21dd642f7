// A roster's custom values as a save gives them, checked against the office's
// visible fields of the roster (the people registry and the Red Cross rosters share it).
import {
  checkCustomValues,
  parseCustomValues,
  type CustomFieldKey,
  type CustomFieldRoster,
  type CustomFieldRule,
  type CustomValueCode,
} from '@rules/customFields';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { visibleFields } from './fields';

export interface CustomFieldIssue {
  field: CustomFieldKey;
  code: CustomValueCode;
  severity: 'error';
  details?: { labelZh: string; labelEn: string };
}

/** Each wrong value named by its field's key and, for a field that exists, its labels. */
export function customFieldIssues(
  fields: readonly (CustomFieldRule & { labelZh?: string; labelEn?: string })[],
  issues: readonly { key: string; code: CustomValueCode }[],
): CustomFieldIssue[] {
  return issues.map(({ key, code }) => {
    const field = fields.find((f) => f.key === key);
    const details = field?.labelZh ? { details: { labelZh: field.labelZh, labelEn: field.labelEn ?? '' } } : {};
    return { field: key as CustomFieldKey, code, severity: 'error', ...details };
  });
}

/**
 * The stored JSON after a save of one record of `roster`: given values checked against the office's visible
 * fields and merged over the stored ones (hidden fields' data kept); CUSTOM_FIELDS_INVALID names what is wrong.
 */
export function savedCustomValues(
  ctx: CoreContext,
  officeCode: string,
  roster: CustomFieldRoster,
  given: Readonly<Record<string, unknown>> | null | undefined,
  storedJson: string | null,
  requireAll: boolean,
): string | null {
  const fields = visibleFields(ctx, officeCode, roster);
  const checked = checkCustomValues(fields, given, parseCustomValues(storedJson), requireAll);
  if (checked.issues.length > 0) fail('CUSTOM_FIELDS_INVALID', { issues: customFieldIssues(fields, checked.issues) });
  return checked.values && JSON.stringify(checked.values);
}
