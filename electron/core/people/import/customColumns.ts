// Custom fields in a people import's update mode (the columns are mapped and read by customFields/importColumns.ts):
// the file's values go over the stored ones, a blank cell keeping the stored value.
import type { ImportFieldChange } from '@core/people/contract';
import { customValueText, parseCustomValues, type CustomFieldKey, type CustomValue } from '@rules/customFields';

/** Update mode: the stored values with the row's over them, and each key that changes. */
export function mergeCustomValues(
  stored: string | null,
  row: string | null,
): { customFields: string | null; changes: ImportFieldChange[] } {
  const before = parseCustomValues(stored) ?? {};
  const given = parseCustomValues(row) ?? {};
  const merged: Record<string, CustomValue> = { ...before, ...given };
  const changes = Object.keys(given)
    .filter((key) => before[key] !== given[key])
    .map((key) => ({
      field: key as CustomFieldKey,
      from: key in before ? customValueText(before[key]) : null,
      to: customValueText(given[key]),
    }));
  return { customFields: Object.keys(merged).length > 0 ? JSON.stringify(merged) : null, changes };
}
