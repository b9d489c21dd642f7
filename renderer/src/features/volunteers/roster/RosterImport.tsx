// 导入志愿者名册: the clerk picks a roster (xlsx/xls/CSV); a dry run says how many rows are good and lists each bad
// row by row and field; 导入 writes the good rows once (the button is gone after), and the dialog says what happened.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerImportResult } from '@core/volunteers/import/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, Dialog, FilePickButton } from '../../../ui';
import { fileToBase64 } from '../../../ui/files';
import { issueText } from '../../people/issues';

interface Picked {
  fileName: string;
  contentBase64: string;
}

export function RosterImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<Picked | null>(null);
  const [result, setResult] = useState<VolunteerImportResult | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const check = async (picked: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    setDone(false);
    try {
      const next = { fileName: picked.name, contentBase64: await fileToBase64(picked) };
      setFile(next);
      setResult(await call('volunteers.import', { ...next, dryRun: true }));
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    if (!file || done) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await call('volunteers.import', { ...file, dryRun: false }));
      setDone(true);
      onImported();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setFile(null);
    setResult(null);
    setError(null);
    setDone(false);
  };
  const r = 'volunteers.importResult';
  return (
    <>
      <FilePickButton
        label={t('volunteers.import')}
        name={t('volunteers.importName')}
        accept=".xlsx,.xls,.csv,.et,.ods"
        busy={busy && !file}
        onFiles={([picked]) => void check(picked!)}
      />
      <Dialog
        open={file !== null || error !== null}
        title={t(`${r}.title`)}
        onClose={close}
        error={error}
        busy={busy}
        width="large"
        footer={(closeGuarded) => (
          <>
            <Button onClick={closeGuarded}>{t('common.close')}</Button>
            {!done && result && result.valid > 0 && (
              <Button variant="primary" busy={busy} onClick={() => void commit()}>
                {t('volunteers.importResult.commit', { count: result.valid })}
              </Button>
            )}
          </>
        )}
      >
        {!result && busy && <p className="muted">{t(`${r}.reading`)}</p>}
        {result && (
          <div aria-live="polite" className="vol-import-result">
            <p>
              {done
                ? t(`${r}.summary`, { rows: result.rows, imported: result.imported, invalid: result.invalid })
                : t(`${r}.checked`, { rows: result.rows, valid: result.valid, invalid: result.invalid })}
            </p>
            <p>
              {t(done ? `${r}.people` : `${r}.peopleChecked`, {
                matched: result.peopleMatched,
                added: result.peopleAdded,
              })}
            </p>
            {result.groupsAdded.length > 0 && <p>{t(`${r}.groupsAdded`, { names: result.groupsAdded.join('、') })}</p>}
            {result.errors.length === 0 && <p className="muted">{t(`${r}.noErrors`)}</p>}
            {result.errors.length > 0 && (
              <ul className="vol-row-errors">
                {result.errors.map((e, n) => (
                  <li key={n}>
                    {t(`${r}.rowError`, {
                      row: e.row,
                      field: t(`volunteers.importField.${e.field}`),
                      message: issueText(t, { code: e.code }),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {result.errorsTruncated && <p className="muted">{t(`${r}.truncated`)}</p>}
          </div>
        )}
      </Dialog>
    </>
  );
}
