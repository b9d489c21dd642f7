// A roster form's custom fields, one control each, from the form's draft (useCustomDraft): the volunteer form and
// a rescue team member's form show them after their own fields.
import { CustomFieldInput } from './CustomFieldInput';
import type { useCustomDraft } from './useCustomDraft';

export function CustomFieldInputs({ custom }: { custom: ReturnType<typeof useCustomDraft> }) {
  return custom.fields.map((field) => (
    <CustomFieldInput
      key={field.key}
      field={field}
      value={custom.draft[field.key]}
      error={custom.problem(field.key)}
      onChange={(value) => custom.set(field.key, value)}
    />
  ));
}
