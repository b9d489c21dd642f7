// The preview of a checked file: where the header is, the column mapping, the counts, every row's
// errors and warnings by spreadsheet row number, and how to import.
import { useTranslation } from 'react-i18next';
import type { ImportMode, ImportPreview } from '../../../../../electron/api/people';
import { Button } from '../../../ui';
import { issueText } from '../issues';
import { IssueTable } from '../IssueTable';
import { ColumnMapping } from './ColumnMapping';
import type { Mapping } from './useImportJob';

interface Props {
  preview: ImportPreview;
  mapping: Mapping;
  mappingChanged: boolean;
  mode: ImportMode;
  onMapping(mapping: Mapping): void;
  onRecheck(): void;
  onMode(mode: ImportMode): void;
}

const COUNTS = ['rows', 'valid', 'invalid', 'duplicates', 'warnings'] as const;

export function ImportPreviewPanel({ preview, mapping, mappingChanged, mode, onMapping, onRecheck, onMode }: Props) {
  const { t } = useTranslation();
  const lines = preview.issues.map((issue) => ({ row: issue.row, field: issue.field, text: issueText(t, issue), severity: issue.severity }));
  return (
    <div className="import-preview">
      <aside className="import-side">
        <h3>{t('people.importWizard.mapping')}</h3>
        <p className="muted small">{t('people.importWizard.headerRow', { row: preview.headerRow })}。{t('people.importWizard.mappingHint')}</p>
        <ColumnMapping preview={preview} mapping={mapping} onChange={onMapping} />
        <Button onClick={onRecheck} disabled={!mappingChanged}>{t('people.importWizard.recheck')}</Button>
      </aside>
      <section className="import-main">
        <dl className="import-counts" aria-label={t('people.importWizard.title')}>
          {COUNTS.map((key) => (
            <div key={key} className={`count count-${key}`}>
              <dt>{t(`people.importWizard.counts.${key}`)}</dt>
              <dd data-count={key}>{preview[key]}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('people.importWizard.issuesTitle', { count: lines.length })}</h3>
        {lines.length ? <IssueTable lines={lines} label={t('people.importWizard.issuesTitle', { count: lines.length })} />
          : <p className="muted">{t('people.importWizard.noIssues')}</p>}
        <fieldset className="import-mode">
          <legend>{t('people.importWizard.mode')}</legend>
          {(['allOrNothing', 'validOnly'] as const).map((choice) => (
            <label key={choice} className="radio">
              <input type="radio" name="import-mode" checked={mode === choice} onChange={() => onMode(choice)} />
              <span><span className="check-label">{t(`people.importWizard.${choice}`)}</span>
                <span className="check-help">{t(`people.importWizard.${choice}Hint`)}</span></span>
            </label>
          ))}
        </fieldset>
      </section>
    </div>
  );
}
