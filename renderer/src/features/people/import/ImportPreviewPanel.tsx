// The preview of a checked file: the column mapping, the counts, and every row's errors and warnings
// by spreadsheet row number. (How to import is chosen next to the import button: ImportModeChoice.)
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
  onMapping(mapping: Mapping): void;
  onRecheck(): void;
}

const COUNTS = ['rows', 'valid', 'invalid', 'duplicates', 'warnings'] as const;

export function ImportPreviewPanel({ preview, mapping, mappingChanged, onMapping, onRecheck }: Props) {
  const { t } = useTranslation();
  const lines = preview.issues.map((issue) => ({ row: issue.row, field: issue.field, text: issueText(t, issue), severity: issue.severity }));
  return (
    <div className="import-preview">
      <aside className="import-side">
        <h3>{t('people.importWizard.mapping')}</h3>
        <p className="muted small">{t('people.importWizard.mappingHint')}</p>
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
      </section>
    </div>
  );
}

/** 全部正确才导入 or 只导入正确的行: shown beside the import button, each with its consequence as a tooltip. */
export function ImportModeChoice({ mode, onMode }: { mode: ImportMode; onMode(mode: ImportMode): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="import-mode">
      <legend>{t('people.importWizard.mode')}</legend>
      {(['allOrNothing', 'validOnly'] as const).map((choice) => (
        <label key={choice} className="radio" title={t(`people.importWizard.${choice}Hint`)}>
          <input type="radio" name="import-mode" checked={mode === choice} onChange={() => onMode(choice)} />
          {t(`people.importWizard.${choice}`)}
        </label>
      ))}
    </fieldset>
  );
}
