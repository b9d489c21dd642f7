// 历史证书台账: choose a register (xlsx/CSV) -> the check lists every bad row in the clerk's language and
// previews the good ones -> import the good ones in one go. The import button works once per check.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegacyImportResult } from '@core/training/legacy/contract';
import { Alert, Button, PageHeader } from '@renderer/ui';
import { errorText } from '../../../i18n';
import { fileToBase64 } from '../../../ui/files';
import { trainingCall } from '../reportsApi';
import { LegacyPreview } from './LegacyPreview';
import '../training-reports.css';

type Stage =
  | { step: 'choose' }
  | { step: 'busy'; what: 'checking' | 'importing' }
  | { step: 'checked'; file: { fileName: string; contentBase64: string }; result: LegacyImportResult }
  | { step: 'done'; result: LegacyImportResult };

export function LegacyImportPage() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const check = async (picked: File) => {
    setError(null);
    setStage({ step: 'busy', what: 'checking' });
    try {
      const file = { fileName: picked.name, contentBase64: await fileToBase64(picked) };
      const result = await trainingCall('training.legacy.import', { ...file, dryRun: true });
      setStage({ step: 'checked', file, result });
    } catch (caught) {
      setError(errorText(t, caught));
      setStage({ step: 'choose' });
    }
  };
  const commit = async () => {
    if (stage.step !== 'checked') return; // a second press finds the page busy or done
    const { file } = stage;
    setStage({ step: 'busy', what: 'importing' });
    try {
      setStage({ step: 'done', result: await trainingCall('training.legacy.import', file) });
    } catch (caught) {
      setError(errorText(t, caught));
      setStage({ step: 'choose' });
    }
  };
  const again = () => {
    setStage({ step: 'choose' });
    if (input.current) input.current.value = '';
  };
  return (
    <div className="page training-legacy-page">
      <PageHeader title={t('nav.trainingLegacy')} />
      <p className="muted">{t('trainingLegacy.intro')}</p>
      {error && <Alert>{error}</Alert>}
      {(stage.step === 'choose' || stage.step === 'checked') && (
        <label className="file-choose">
          {t('trainingLegacy.choose')}
          <input
            ref={input}
            type="file"
            accept=".xlsx,.xls,.csv,.et,.ods"
            onChange={(event) => {
              const picked = event.target.files?.[0];
              if (picked) void check(picked);
            }}
          />
        </label>
      )}
      {stage.step === 'busy' && <p className="muted">{t(`trainingLegacy.${stage.what}`)}</p>}
      {stage.step === 'checked' && (
        <>
          <LegacyPreview result={stage.result} />
          {stage.result.valid === 0 ? (
            <p className="muted">{t('trainingLegacy.nothingValid')}</p>
          ) : (
            <Button variant="primary" onClick={() => void commit()}>
              {t('trainingLegacy.importValid', { count: stage.result.valid })}
            </Button>
          )}
        </>
      )}
      {stage.step === 'done' && (
        <>
          <Alert kind="success">
            {t('trainingLegacy.done', { imported: stage.result.imported, added: stage.result.peopleAdded })}
          </Alert>
          <Button onClick={again}>{t('trainingLegacy.again')}</Button>
        </>
      )}
    </div>
  );
}
