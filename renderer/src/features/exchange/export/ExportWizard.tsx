// 导出数据包: choose the city, changes or everything, and the largest file size; the package is written,
// read back and checked on the server, then shown with its size, files and counts, ready to save.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult, OutboxRecipient } from '@core/exchange/outbox/contract';
import { call } from '@renderer/api/client';
import { errorText } from '@renderer/i18n';
import { Alert, Button, Dialog, FormField, useToast } from '@renderer/ui';
import { countsText } from '../counts';
import { formatBytes } from '../outbox/format';
import { allParts, savePackageFiles } from './saveFiles';

interface Props {
  open: boolean;
  recipients: OutboxRecipient[];
  onClose(): void;
  /** Called once a package is written, so the outbox list can refresh behind the dialog. */
  onExported(result: ExportResult): void;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export function ExportWizard({ open, recipients, onClose, onExported }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [to, setTo] = useState('');
  const [snapshot, setSnapshot] = useState(false);
  const [partMb, setPartMb] = useState('20');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const recipient = recipients.find((r) => r.officeCode === to) ?? recipients[0];
  const deltaCount = recipient ? total(recipient.deltaCounts) : 0;

  // Reset when the dialog opens, not when the list behind it refreshes after an export.
  const recipientsNow = useRef(recipients);
  recipientsNow.current = recipients;
  useEffect(() => {
    if (!open) return;
    const first = recipientsNow.current[0];
    setTo(first?.officeCode ?? '');
    setSnapshot(first ? first.snapshotRequired || total(first.deltaCounts) === 0 : false);
    setPartMb('20');
    setError(null);
    setResult(null);
  }, [open]);

  const partValid = /^\d+$/.test(partMb) && Number(partMb) >= 1 && Number(partMb) <= 2048;
  const submit = async () => {
    if (!recipient || !partValid) return;
    setBusy(true);
    setError(null);
    try {
      const written = await call('outbox.export', { to: recipient.officeCode, snapshot, partMb: Number(partMb) });
      setResult(written);
      onExported(written);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const save = async (parts: number[]) => {
    if (!result) return;
    setBusy(true);
    try {
      toast.show(t('exportWizard.saved', { count: await savePackageFiles(result.entry.packageId, parts) }));
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    const { entry } = result;
    return (
      <Dialog
        open={open}
        title={t('exportWizard.title')}
        onClose={onClose}
        width="medium"
        footer={
          <>
            <span className="dialog-spacer" />
            <Button onClick={onClose} disabled={busy}>
              {t('exportWizard.close')}
            </Button>
            <Button variant="primary" busy={busy} onClick={() => void save(allParts(entry.files))}>
              {t('exportWizard.saveAll')}
            </Button>
          </>
        }
      >
        <Alert kind="success">{t('exportWizard.ready', { seq: entry.seq })}</Alert>
        <dl className="outbox-facts">
          <dt>{t('exportWizard.size')}</dt>
          <dd>{formatBytes(entry.bytes)}</dd>
          <dt>{t('exportWizard.parts')}</dt>
          <dd>{entry.files.length}</dd>
          <dt>{t('exportWizard.counts')}</dt>
          <dd>{countsText(t, entry.counts)}</dd>
        </dl>
        <h3 className="outbox-files-title">{t('exportWizard.files')}</h3>
        <ul className="outbox-files">
          {entry.files.map((name, i) => (
            <li key={name}>
              <span className="mono">{name}</span>
              <Button variant="quiet" disabled={busy} onClick={() => void save([i + 1])}>
                {t('exportWizard.save')}
              </Button>
            </li>
          ))}
        </ul>
        <p className="muted">{t('exportWizard.readyHint', { name: recipient?.name ?? entry.recipient })}</p>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      title={t('exportWizard.title')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={busy ? t('exportWizard.writing') : t('exportWizard.start')}
      busy={busy}
      error={error}
      width="medium"
    >
      <FormField label={t('exportWizard.recipient')}>
        <select value={recipient?.officeCode ?? ''} onChange={(event) => setTo(event.target.value)}>
          {recipients.map((r) => (
            <option key={r.officeCode} value={r.officeCode}>
              {r.name}（{r.officeCode}）
            </option>
          ))}
        </select>
      </FormField>
      <fieldset className="field">
        <legend>{t('exportWizard.kind')}</legend>
        <label className="radio">
          <input
            type="radio"
            name="export-kind"
            checked={!snapshot}
            disabled={!recipient || recipient.snapshotRequired || deltaCount === 0}
            onChange={() => setSnapshot(false)}
          />
          <span>{t('exportWizard.delta', { count: deltaCount })}</span>
        </label>
        <label className="radio">
          <input type="radio" name="export-kind" checked={snapshot} onChange={() => setSnapshot(true)} />
          <span>{t('exportWizard.snapshot', { count: recipient ? total(recipient.snapshotCounts) : 0 })}</span>
        </label>
        {recipient?.snapshotRequired && <p className="field-hint">{t('exportWizard.snapshotRequired')}</p>}
        {recipient && !recipient.snapshotRequired && deltaCount === 0 && (
          <p className="field-hint">{t('exportWizard.nothingNew')}</p>
        )}
      </fieldset>
      <FormField
        label={t('exportWizard.partMb')}
        hint={t('exportWizard.partHint')}
        error={partValid ? undefined : t('exportWizard.partInvalid')}
      >
        <input
          type="number"
          min={1}
          max={2048}
          value={partMb}
          onChange={(event) => setPartMb(event.target.value)}
          className="outbox-part-input"
        />
      </FormField>
    </Dialog>
  );
}
