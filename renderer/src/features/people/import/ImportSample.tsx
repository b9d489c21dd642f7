// The first rows of the file as they will be stored (trimmed, phones normalised, X upper case, gender from the
// ID number when the file has none), each with what the import does with it; a refused row as it was read.
import { useTranslation } from 'react-i18next';
import type { ImportPreview, PersonField } from '@core/people/contract';
import { fieldValueText } from './ImportChanges';

const FIELDS: readonly PersonField[] = [
  'name',
  'gender',
  'idNumber',
  'mobile',
  'phone',
  'township',
  'village',
  'workUnit',
  'notes',
];

export function ImportSample({ sample }: { sample: ImportPreview['sample'] }) {
  const { t } = useTranslation();
  if (sample.length === 0) return null;
  const title = t('people.importWizard.sampleTitle', { count: sample.length });
  return (
    <details className="import-sample" open>
      <summary>{title}</summary>
      <div className="table-wrap">
        <table className="table" aria-label={title}>
          <thead>
            <tr>
              <th className="col-row">{t('people.issue.row')}</th>
              <th>{t('people.importWizard.actionColumn')}</th>
              {FIELDS.map((field) => (
                <th key={field}>{t(`people.field.${field}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map((row) => (
              <tr key={row.row} className={`sample-${row.action}`}>
                <td className="col-row">{row.row}</td>
                <td>{t(`people.importWizard.action.${row.action}`)}</td>
                {FIELDS.map((field) => (
                  <td key={field}>
                    {row.values[field] === undefined ? '' : fieldValueText(t, field, row.values[field])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
