// The preview of a checked file: the column mapping, the counts, and every row's errors and warnings
// by spreadsheet row number. (How to import is chosen next to the import button: ImportModeChoice.)
import { useTranslation } from 'react-i18next';
import type { ImportMode, ImportPreview } from '../../../../../electron/api/people';
import { issueText } from '../issues';
import { IssueTable } from '../IssueTable';
import { MappingPanel, type MappingColumn } from './ColumnMapping';
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
      <MappingPanel columns={withExample(preview)} mapping={mapping} onChange={onMapping} canRecheck={mappingChanged} onRecheck={onRecheck} />
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

/** The preview's columns, each with its value in the first data row. */
function withExample(preview: ImportPreview): MappingColumn[] {
  const example = preview.sample[0]?.values ?? {};
  return preview.columns.map((column) => ({ ...column, samples: column.field && example[column.field] ? [example[column.field]!] : [] }));
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
