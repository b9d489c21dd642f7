// Each bad row of a roster import, by spreadsheet row and the field as the clerk knows it (第 6 行 身份证号：…), a
// custom field by its label.
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '@core/volunteers/import/contract';
import { isCustomFieldKey } from '@rules/customFields';
import { issueFieldLabel, issueText } from '../../people/issues';

interface Props {
  errors: readonly ImportRowError[];
  truncated: boolean;
  /** The message key holding the field labels (volunteers.importField, volunteerHoursImport.field)... */
  fieldLabels?: string;
  /** ...or the label of each field (a dues year, a custom field). */
  labelOf?(field: string): string;
  /** A row's own sentence for a code whose general one names what a row error does not carry. */
  messageOf?(code: string): string | null;
}

export function RowErrors({ errors, truncated, fieldLabels, labelOf, messageOf }: Props) {
  const { t } = useTranslation();
  const r = 'volunteers.importResult';
  const fieldOf = (e: ImportRowError) => {
    if (labelOf) return labelOf(e.field);
    if (isCustomFieldKey(e.field)) return issueFieldLabel(t, { field: e.field, details: e.details });
    return t(`${fieldLabels}.${e.field}`);
  };
  return (
    <>
      {errors.length === 0 && <p className="muted">{t(`${r}.noErrors`)}</p>}
      {errors.length > 0 && (
        <ul className="vol-row-errors">
          {errors.map((e, n) => (
            <li key={n}>
              {t(`${r}.rowError`, {
                row: e.row,
                field: fieldOf(e),
                message: messageOf?.(e.code) ?? issueText(t, { code: e.code }),
              })}
            </li>
          ))}
        </ul>
      )}
      {truncated && <p className="muted">{t(`${r}.truncated`)}</p>}
    </>
  );
}
