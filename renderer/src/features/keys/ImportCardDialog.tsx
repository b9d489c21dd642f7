// Import another office's key card: pick the file, see whose it is and its fingerprint, type the digits read
// out over the phone, trust. The server compares the digits; a mismatch is refused with its own message.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINGERPRINT_INPUT_MAX } from '@api/limits';
import type { CardPreview, TrustResult } from '@core/exchange/keys/contract';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { Button, Dialog, TextInput } from '../../ui';
import { Fingerprint } from './Fingerprint';

interface Props {
  open: boolean;
  onClose(): void;
  onTrusted(result: TrustResult): void;
}

const STATUS_TEXT = {
  new: 'statusNew',
  same: 'statusSame',
  rotation: 'statusRotation',
  changed: 'statusChanged',
} as const;

export function ImportCardDialog({ open, onClose, onTrusted }: Props) {
  const { t } = useTranslation();
  const [card, setCard] = useState<string | null>(null);
  const [preview, setPreview] = useState<CardPreview | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // Cleared as the dialog closes, not as it opens: a card picked at once on opening is never wiped by a late reset,
  // and the same file can be picked again.
  useEffect(() => {
    if (open) return;
    setCard(null);
    setPreview(null);
    setTyped('');
    setProblem(null);
    setError(null);
    setFileName(null);
    if (inputRef.current) inputRef.current.value = '';
  }, [open]);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setPreview(null);
    setTyped('');
    setProblem(null);
    setFileName(file.name);
    try {
      const text = await file.text();
      setPreview(await call('keys.previewCard', { card: text }));
      setCard(text);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!card || !preview) return;
    const digits = typed.replace(/\D/g, '');
    if (preview.needsConfirmation && !digits) {
      setProblem(t('keys.dialog.typedRequired'));
      return;
    }
    if (preview.needsConfirmation && digits.length !== 48) {
      setProblem(t('keys.dialog.typedShort', { count: digits.length }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onTrusted(await call('keys.trustOffice', { card, fingerprint: digits || undefined }));
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const canSubmit = preview !== null && preview.status !== 'same';
  return (
    <Dialog
      open={open}
      title={t('keys.dialog.title')}
      onClose={onClose}
      width="large"
      busy={busy}
      error={error}
      dirty={typed.trim() !== ''}
      onSubmit={canSubmit ? submit : undefined}
      submitLabel={preview?.needsConfirmation ? t('keys.dialog.confirm') : t('keys.dialog.accept')}
    >
      <div className="card-pick">
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          className="card-file-input"
          aria-label={t('keys.dialog.pickFile')}
          onChange={(event) => {
            void pick(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <Button onClick={() => inputRef.current?.click()} disabled={busy}>
          {t('keys.dialog.pickFile')}…
        </Button>
        {fileName ? <strong>{fileName}</strong> : <span className="muted">{t('keys.dialog.pickHint')}</span>}
      </div>
      {preview && (
        <div className="card-preview">
          <div className="muted">{t('keys.dialog.cardOf')}</div>
          <div className="card-preview-office">
            {t('keys.officeLine', { name: preview.name, code: preview.officeCode })}　
            <span className="badge">{t(`officeRole.${preview.role}`)}</span>
          </div>
          <p className={`card-preview-status status-${preview.status}`} role="status">
            {t(`keys.dialog.${STATUS_TEXT[preview.status]}`)}
          </p>
          <div className="muted">{t('keys.fingerprint')}</div>
          <Fingerprint digits={preview.fingerprint} label={t('keys.fingerprint')} />
          {preview.needsConfirmation && (
            <TextInput
              label={t('keys.dialog.typed')}
              hint={t('keys.dialog.typedHint')}
              value={typed}
              error={problem}
              onValue={(value) => {
                setTyped(value);
                setProblem(null);
              }}
              inputMode="numeric"
              autoComplete="off"
              maxLength={FINGERPRINT_INPUT_MAX}
              className="typed-fingerprint"
            />
          )}
        </div>
      )}
    </Dialog>
  );
}
