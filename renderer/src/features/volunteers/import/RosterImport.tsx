// 导入志愿者名册: the clerk picks a roster (xlsx/xls/CSV); a dry run says how many rows are good and lists each bad
// row by row and field; 导入 writes the good rows once (the button is gone after), and the dialog says what happened.
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { Button, Dialog, FilePickButton } from '../../../ui';
import { RowErrors } from './RowErrors';
import { useFileImport } from './useFileImport';

export const SPREADSHEETS = '.xlsx,.xls,.csv,.et,.ods';

export function RosterImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const { file, result, done, busy, error, check, commit, close, open } = useFileImport(
    (picked, dryRun) => call('volunteers.import', { ...picked, dryRun }),
    onImported,
  );
  const r = 'volunteers.importResult';
  return (
    <>
      <FilePickButton
        label={t('volunteers.import')}
        name={t('volunteers.importName')}
        accept={SPREADSHEETS}
        busy={busy && !file}
        onFiles={([picked]) => void check(picked!)}
      />
      <Dialog
        open={open}
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
            <RowErrors errors={result.errors} truncated={result.errorsTruncated} fieldLabels="volunteers.importField" />
          </div>
        )}
      </Dialog>
    </>
  );
}
