// 导入回执: the receipt file the city sent back; the outbox then shows which packages it acknowledged,
// holds or refused.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiptImportResult } from '@core/exchange/outbox/contract';
import { call } from '@renderer/api/client';
import { errorText } from '@renderer/i18n';
import { Dialog, FormField } from '@renderer/ui';
import { fileToBase64 } from '@renderer/ui/files';

export function ReceiptDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose(): void;
  onImported(result: ReceiptImportResult): void;
}) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      setFiles([]);
      setError(null);
    }
  }, [open]);

  const submit = async () => {
    if (files.length === 0) {
      setError(t('outbox.receipt.pickHint'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const upload = await Promise.all(
        files.map(async (file) => ({ fileName: file.name, contentBase64: await fileToBase64(file) })),
      );
      onImported(await call('outbox.importReceipt', { files: upload }));
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={t('outbox.receipt.title')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('outbox.receipt.submit')}
      busy={busy}
      error={error}
    >
      <FormField label={t('outbox.receipt.pick')} hint={t('outbox.receipt.pickHint')}>
        <input type="file" accept=".boaipkg" multiple onChange={(event) => setFiles([...(event.target.files ?? [])])} />
      </FormField>
    </Dialog>
  );
}
