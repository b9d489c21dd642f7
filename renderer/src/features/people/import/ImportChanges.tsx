// Update mode's diff: each registered person the file changes, with every changed field as old -> new, ticked
// to be written; the clerk unticks a row to leave that person as they are, or 全部接受 ticks them all again.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportUpdateSummary, PersonIssueField } from '@core/people/contract';
import { isCustomFieldKey } from '@rules/customFields';
import { useCustomFields, useFieldLabel } from '../../customFields/useCustomFields';
import { genderText } from '../fields';

/** A value as the grid shows it: gender in words, an empty value said so (not a blank that reads as "no change"). */
export function fieldValueText(t: TFunction, field: PersonIssueField, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return t('people.importWizard.update.empty');
  return field === 'gender' ? genderText(t, value) || value : value;
}

interface Props {
  update: ImportUpdateSummary;
  skipped: ReadonlySet<number>;
  onSkipped(rows: Set<number>): void;
}

export function ImportChanges({ update, skipped, onSkipped }: Props) {
  const { t } = useTranslation();
  const customFields = useCustomFields('people');
  const label = useFieldLabel();
  const fieldName = (field: PersonIssueField) => {
    const custom = isCustomFieldKey(field) ? customFields.find((f) => f.key === field) : undefined;
    return custom ? label(custom) : t(`people.field.${field}`);
  };
  const rows = update.changes;
  if (rows.length === 0) return <p className="muted">{t('people.importWizard.update.noChanges')}</p>;
  const allTicked = rows.every((row) => !skipped.has(row.row));
  const toggle = (row: number) => {
    const next = new Set(skipped);
    if (next.has(row)) next.delete(row);
    else next.add(row);
    onSkipped(next);
  };
  const title = t('people.importWizard.update.changesTitle', { count: update.updated });
  return (
    <div className="import-changes">
      <h3>
        {title} <span className="muted small">{t('people.importWizard.update.changesHint')}</span>
      </h3>
      <div className="table-wrap">
        <table className="table" aria-label={title}>
          <thead>
            <tr>
              <th className="col-accept">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={allTicked}
                    onChange={() => onSkipped(allTicked ? new Set(rows.map((row) => row.row)) : new Set())}
                  />
                  {t('people.importWizard.update.acceptAll')}
                </label>
              </th>
              <th className="col-row">{t('people.issue.row')}</th>
              <th>{t('people.field.name')}</th>
              <th>{t('people.field.idNumber')}</th>
              <th>{t('people.importWizard.update.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} className={skipped.has(row.row) ? 'change-skipped' : undefined}>
                <td className="col-accept">
                  <input
                    type="checkbox"
                    checked={!skipped.has(row.row)}
                    onChange={() => toggle(row.row)}
                    aria-label={t('people.importWizard.update.accept', { row: row.row, name: row.name })}
                  />
                </td>
                <td className="col-row">{row.row}</td>
                <td>{row.name}</td>
                <td className="mono">{row.idNumber}</td>
                <td className="change-list">
                  {row.changes.map((change) => (
                    <span key={change.field} className="change" data-field={change.field}>
                      <span className="change-field">{fieldName(change.field)}</span>
                      <del>{fieldValueText(t, change.field, change.from)}</del>
                      <span aria-hidden="true"> → </span>
                      <ins>{fieldValueText(t, change.field, change.to)}</ins>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {update.updated > rows.length && (
        <p className="muted small">
          {t('people.importWizard.update.moreChanges', { shown: rows.length, rest: update.updated - rows.length })}
        </p>
      )}
    </div>
  );
}
