// When the file's headers did not name the 姓名 or 身份证号 column, or no header row was recognised at all:
// the preview's mapping panel over the columns and their first values, and what is missing, in words.
// 重新检查 reads the file again with the clerk's mapping and goes on to the preview.
import { useTranslation } from 'react-i18next';
import type { ImportMappingProblem, ImportStatus } from '@core/people/contract';
import { currentLanguage } from '@renderer/i18n';
import { Alert } from '@renderer/ui';
import { MappingPanel } from './ColumnMapping';
import type { Mapping } from './useImportJob';

const MAPPING_CODES = new Set(['IMPORT_MAPPING_INCOMPLETE', 'IMPORT_NO_HEADER']);

/** The columns to map by hand, when a failed job says the mapping is what stopped it. */
export function mappingProblemOf(status: ImportStatus | null): ImportMappingProblem | null {
  const error = status?.phase === 'failed' ? status.error : null;
  if (!error || !MAPPING_CODES.has(error.code) || !Array.isArray(error.details?.columns)) return null;
  return error.details as unknown as ImportMappingProblem;
}

interface Props {
  problem: ImportMappingProblem;
  noHeader: boolean;
  mapping: Mapping;
  onMapping(mapping: Mapping): void;
  onRecheck(): void;
}

export function MappingProblemPanel({ problem, noHeader, mapping, onMapping, onRecheck }: Props) {
  const { t } = useTranslation();
  const quoted = problem.missing.map((field) => `“${t(`people.field.${field}`)}”`);
  const fields = new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(quoted);
  const message = noHeader
    ? t('people.importWizard.noHeader', { row: problem.headerRow, fields })
    : t(problem.missing.length > 1 ? 'people.importWizard.missingColumns' : 'people.importWizard.missingColumn', {
        fields,
      });
  return (
    <div className="import-preview">
      <MappingPanel columns={problem.columns} mapping={mapping} onChange={onMapping} canRecheck onRecheck={onRecheck} />
      <section className="import-main">
        <Alert kind="warning">{message}</Alert>
        <p className="muted">{t('people.importWizard.samplesHint')}</p>
      </section>
    </div>
  );
}
