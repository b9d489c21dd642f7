// The preview of a checked file: the column mapping, the counts, in update mode the changes to accept or
// untick, every row's errors and warnings by spreadsheet row number and name, and the first rows as they
// will be stored. (How to import is chosen next to the import button: ImportModeChoice.)
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportMode, ImportPreview, PersonField } from '@core/people/contract';
import { issueFieldLabel, issueText } from '../issues';
import { IssueTable } from '../IssueTable';
import { MappingPanel, type MappingColumn } from './ColumnMapping';
import { fieldValueText, ImportChanges } from './ImportChanges';
import { ImportSample } from './ImportSample';
import type { Mapping } from './useImportJob';
import './reimport.css';

interface Props {
  preview: ImportPreview;
  mapping: Mapping;
  mappingChanged: boolean;
  onMapping(mapping: Mapping): void;
  onRecheck(): void;
  /** Update mode: the fields set to clear blanks (as chosen, maybe not yet checked) and the unticked rows. */
  clearBlanks: PersonField[];
  onClearBlanks(fields: PersonField[]): void;
  skipped: ReadonlySet<number>;
  onSkipped(rows: Set<number>): void;
}

const COUNTS = ['rows', 'valid', 'invalid', 'duplicates', 'warnings'] as const;

/** The counts of the preview: in update mode 新增 / 更新 / 无变化 / 有问题 (and warnings). */
function countsOf(preview: ImportPreview): { key: string; label: string; value: number }[] {
  const { update } = preview;
  if (!update) return COUNTS.map((key) => ({ key, label: `people.importWizard.counts.${key}`, value: preview[key] }));
  const values = {
    added: update.added,
    updated: update.updated,
    unchanged: update.unchanged,
    invalid: preview.invalid,
    warnings: preview.warnings,
  };
  return Object.entries(values).map(([key, value]) => ({
    key,
    label: `people.importWizard.update.counts.${key}`,
    value,
  }));
}

export function ImportPreviewPanel({
  preview,
  mapping,
  mappingChanged,
  onMapping,
  onRecheck,
  clearBlanks,
  onClearBlanks,
  skipped,
  onSkipped,
}: Props) {
  const { t } = useTranslation();
  const lines = preview.issues.map((issue) => ({
    row: issue.row,
    name: issue.name ?? '',
    field: issue.field,
    fieldLabel: issueFieldLabel(t, issue),
    text: issueText(t, issue),
    severity: issue.severity,
  }));
  return (
    <div className={preview.update ? 'import-preview import-updating' : 'import-preview'}>
      <MappingPanel
        columns={withExample(t, preview)}
        mapping={mapping}
        onChange={onMapping}
        canRecheck={mappingChanged}
        onRecheck={onRecheck}
        clearBlanks={preview.update ? { fields: clearBlanks, onChange: onClearBlanks } : undefined}
      />
      <section className="import-main">
        <dl className="import-counts" aria-label={t('people.importWizard.title')}>
          {countsOf(preview).map(({ key, label, value }) => (
            <div key={key} className={`count count-${key}`}>
              <dt>{t(label)}</dt>
              <dd data-count={key}>{value}</dd>
            </div>
          ))}
        </dl>
        {preview.update && <ImportChanges update={preview.update} skipped={skipped} onSkipped={onSkipped} />}
        <h3>{t('people.importWizard.issuesTitle', { count: lines.length })}</h3>
        {lines.length ? (
          <IssueTable lines={lines} showName label={t('people.importWizard.issuesTitle', { count: lines.length })} />
        ) : (
          <p className="muted">{t('people.importWizard.noIssues')}</p>
        )}
        <ImportSample sample={preview.sample} />
      </section>
    </div>
  );
}

/** The preview's columns, each with its value in the first data row (as it will be stored: 男 for M). */
function withExample(t: TFunction, preview: ImportPreview): MappingColumn[] {
  const example = preview.sample[0]?.values ?? {};
  return preview.columns.map((column) => {
    const value = column.field ? example[column.field] : undefined;
    return { ...column, samples: column.field && value ? [fieldValueText(t, column.field, value)] : [] };
  });
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
