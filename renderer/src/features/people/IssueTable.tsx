// A table of problems by row: 行号, 字段, 问题 (errors red, warnings amber). Used by the import preview
// and the paste summary.
import { useTranslation } from 'react-i18next';

export interface IssueLine {
  row: number;
  field: string | null;
  /** The field as labelled when it is not a built-in one (a custom field). */
  fieldLabel?: string;
  text: string;
  severity: 'error' | 'warning';
  name?: string;
}

interface Props {
  lines: IssueLine[];
  rowLabel?: string;
  showName?: boolean;
  limit?: number;
  label?: string;
}

export function IssueTable({ lines, rowLabel, showName, limit = 1000, label }: Props) {
  const { t } = useTranslation();
  const shown = lines.slice(0, limit);
  return (
    <>
      <div className="table-wrap issue-table">
        <table className="table" aria-label={label}>
          <thead>
            <tr>
              <th className="col-row">{rowLabel ?? t('people.issue.row')}</th>
              {showName && <th>{t('people.field.name')}</th>}
              <th>{t('people.issue.field')}</th>
              <th>{t('people.issue.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((line, index) => (
              <tr key={`${line.row}-${line.field}-${index}`} className={`issue-${line.severity}`}>
                <td className="col-row">{line.row}</td>
                {showName && <td>{line.name}</td>}
                <td>{line.fieldLabel ?? (line.field ? t(`people.field.${line.field}`) : '')}</td>
                <td className="issue-text">
                  {line.severity === 'warning' && (
                    <span className="badge badge-warning">{t('people.issue.warning')}</span>
                  )}
                  {line.text}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {lines.length > shown.length && (
        <p className="muted">{t('people.importWizard.moreIssues', { shown: shown.length, count: lines.length })}</p>
      )}
    </>
  );
}
