// The progress of reading, checking or importing a file: a bar with the rows done and a cancel button.
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '@core/people/contract';
import { Button } from '@renderer/ui';

export function ImportProgress({ status, onCancel }: { status: ImportStatus | null; onCancel(): void }) {
  const { t } = useTranslation();
  const phase = status?.phase ?? 'reading';
  const done = status?.done ?? 0;
  const total = status?.total ?? 0;
  const label =
    phase === 'importing'
      ? t('people.importWizard.importing', { done, total })
      : phase === 'validating' && total > 0
        ? t('people.importWizard.validating', { done, total })
        : t('people.importWizard.reading');
  return (
    <div className="import-progress">
      <div id="import-progress-label">{label}</div>
      <progress aria-labelledby="import-progress-label" max={total || 1} value={total ? done : undefined} />
      <Button onClick={onCancel}>{t('people.importWizard.cancel')}</Button>
    </div>
  );
}
