// Each bad row of a volunteer import, by spreadsheet row and the field as the clerk knows it (第 6 行 身份证号：…), a
// custom field by its label.
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '@core/volunteers/import/contract';
import { isCustomFieldKey } from '@rules/customFields';
import { issueFieldLabel, issueText } from '../../people/issues';

interface Props {
  errors: readonly ImportRowError[];
  truncated: boolean;
  /** The message key holding the field labels (volunteers.importField, volunteerHoursImport.field). */
  fieldLabels: string;
}

export function RowErrors({ errors, truncated, fieldLabels }: Props) {
  const { t } = useTranslation();
  const r = 'volunteers.importResult';
  return (
    <>
      {errors.length === 0 && <p className="muted">{t(`${r}.noErrors`)}</p>}
      {errors.length > 0 && (
        <ul className="vol-row-errors">
          {errors.map((e, n) => (
            <li key={n}>
              {t(`${r}.rowError`, {
                row: e.row,
                field: isCustomFieldKey(e.field)
                  ? issueFieldLabel(t, { field: e.field, details: e.details })
                  : t(`${fieldLabels}.${e.field}`),
                message: issueText(t, { code: e.code }),
              })}
            </li>
          ))}
        </ul>
      )}
      {truncated && <p className="muted">{t(`${r}.truncated`)}</p>}
    </>
  );
}
