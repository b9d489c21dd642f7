// One custom field in a form, with the control its type needs: a text box, a number box, the date input the other
// date fields use, a list for a choice, a checkbox for yes/no. The value is checked as it is typed by the rule the
// core saves with (rules/customFields.ts), so the clerk sees a problem before saving.
import { useTranslation } from 'react-i18next';
import type { CustomFieldRow } from '@core/customFields/contract';
import { checkCustomValue, customValueFromText, CUSTOM_TEXT_MAX, type CustomValue } from '@rules/customFields';
import { DateInput, FormField } from '../../ui';
import { fieldLabel } from './useCustomFields';

/** What a form holds for a field: text as typed (number, date, choice, text) or a boolean (yes/no). */
export type CustomDraftValue = string | boolean;
export type CustomDraft = Record<string, CustomDraftValue>;

/** The draft of stored values: numbers as text, yes/no as booleans, blanks as ''. */
export function customDraftOf(
  fields: readonly CustomFieldRow[],
  values: Record<string, CustomValue> | null,
): CustomDraft {
  return Object.fromEntries(
    fields.map((f) => {
      const value = values?.[f.key];
      return [f.key, f.type === 'yesno' ? value === true : value === undefined ? '' : String(value)];
    }),
  );
}

/** The value sent for a draft value: a number for a number field, null when blank. */
export function customInputValue(field: CustomFieldRow, value: CustomDraftValue | undefined): CustomValue | null {
  if (typeof value === 'boolean') return value;
  const read = customValueFromText(field, value ?? '');
  return read === null ? null : (read as CustomValue);
}

/** The problem of a draft value, as a code of errors.*, or null. */
export function customDraftProblem(field: CustomFieldRow, value: CustomDraftValue | undefined): string | null {
  const checked = checkCustomValue(field, customInputValue(field, value));
  return checked.ok ? null : checked.code;
}

interface Props {
  field: CustomFieldRow;
  value: CustomDraftValue | undefined;
  /** The problem to show (checked as typed, or the save's). */
  error?: string;
  onChange(value: CustomDraftValue): void;
}

export function CustomFieldInput({ field, value, error, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const label = fieldLabel(field, i18n.language);
  const text = typeof value === 'string' ? value : '';
  const control = (() => {
    switch (field.type) {
      case 'date':
        return <DateInput value={text} onValue={onChange} />;
      case 'choice':
        return (
          <select value={text} onChange={(event) => onChange(event.target.value)}>
            <option value="">{t('customFields.none')}</option>
            {field.choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        );
      case 'yesno':
        return <input type="checkbox" checked={value === true} onChange={(event) => onChange(event.target.checked)} />;
      default:
        return (
          <input
            type="text"
            inputMode={field.type === 'number' ? 'decimal' : undefined}
            value={text}
            maxLength={CUSTOM_TEXT_MAX}
            autoComplete="off"
            onChange={(event) => onChange(event.target.value)}
          />
        );
    }
  })();
  return (
    <FormField
      label={label}
      error={error}
      required={field.required && field.type !== 'yesno'}
      className={field.type === 'yesno' ? 'field-checkbox' : undefined}
    >
      {control}
    </FormField>
  );
}
