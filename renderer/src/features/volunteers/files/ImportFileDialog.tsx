// The button and dialog both volunteer imports share: the file pick, 正在读取文件… while the dry run reads, and the
// import button while the checked file has rows to import and has not been imported.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, FilePickButton } from '../../../ui';
import type { useFileImport } from './useFileImport';

const SPREADSHEETS = '.xlsx,.xls,.csv,.et,.ods';

interface Props {
  importer: ReturnType<typeof useFileImport<{ valid: number }>>;
  /** The pick button's label, the file input's name, the dialog's title, the import button's label. */
  label: string;
  name: string;
  title: string;
  commitLabel: string;
  onClose?: () => void;
  children: ReactNode;
}

export function ImportFileDialog({ importer, label, name, title, commitLabel, onClose, children }: Props) {
  const { t } = useTranslation();
  const { file, result, done, busy, error, check, commit, close, open } = importer;
  return (
    <>
      <FilePickButton
        label={label}
        name={name}
        accept={SPREADSHEETS}
        busy={busy && !file}
        onFiles={([picked]) => void check(picked!)}
      />
      <Dialog
        open={open}
        title={title}
        onClose={() => {
          close();
          onClose?.();
        }}
        error={error}
        busy={busy}
        width="large"
        footer={(closeGuarded) => (
          <>
            <Button onClick={closeGuarded}>{t('common.close')}</Button>
            {!done && result && result.valid > 0 && (
              <Button variant="primary" busy={busy} onClick={() => void commit()}>
                {commitLabel}
              </Button>
            )}
          </>
        )}
      >
        {!result && busy && <p className="muted">{t('volunteers.importResult.reading')}</p>}
        {result && (
          <div aria-live="polite" className="vol-import-result">
            {children}
          </div>
        )}
      </Dialog>
    </>
  );
}
