// The detected columns of the file and the person field each one fills, as dropdowns the user may
// correct; an example value from the first data row helps to see a wrong match.
import { useTranslation } from 'react-i18next';
import { PERSON_FIELDS, type ImportPreview, type PersonField } from '../../../../../electron/api/people';
import type { Mapping } from './useImportJob';

interface Props { preview: ImportPreview; mapping: Mapping; onChange(mapping: Mapping): void }

export function ColumnMapping({ preview, mapping, onChange }: Props) {
  const { t } = useTranslation();
  const example = preview.sample[0]?.values ?? {};
  const fieldOf = (index: number) => mapping.find((entry) => entry.index === index)?.field ?? null;
  const set = (index: number, field: PersonField | null) =>
    onChange(mapping.map((entry) => (entry.index === index ? { index, field } : entry)));
  return (
    <div className="table-wrap import-mapping">
      <table className="table">
        <thead>
          <tr><th>{t('people.importWizard.sourceColumn')}</th><th>{t('people.importWizard.targetField')}</th></tr>
        </thead>
        <tbody>
          {preview.columns.map((column) => {
            const field = fieldOf(column.index);
            const sample = column.field && column.field === field ? example[column.field] : undefined;
            return (
              <tr key={column.index}>
                <td>
                  <div className="mapping-header">{column.header || columnLetter(column.index)}</div>
                  {sample && <div className="mapping-sample">{sample}</div>}
                </td>
                <td>
                  <select className="input" aria-label={t('people.importWizard.targetField') + ' ' + (column.header || columnLetter(column.index))}
                    value={field ?? ''} onChange={(event) => set(column.index, (event.target.value || null) as PersonField | null)}>
                    <option value="">{t('people.importWizard.ignore')}</option>
                    {PERSON_FIELDS.map((name) => <option key={name} value={name}>{t(`people.field.${name}`)}</option>)}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A, B, … Z, AA: the spreadsheet's name of a 0-based column. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
