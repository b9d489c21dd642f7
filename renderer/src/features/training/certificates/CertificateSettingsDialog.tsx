// The office's certificate number pattern and signatory: the pattern is checked by the backend, and a problem
// with it is said in plain words (errors.CERTIFICATE_PATTERN_*); the next number is shown as an example.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateSettings } from '@core/training/register/contract';
import { errorText } from '@renderer/i18n';
import { Dialog, TextInput, useToast } from '@renderer/ui';
import { certificateCall } from './api';

export function CertificateSettingsDialog({ current, onClose }: { current: CertificateSettings; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [pattern, setPattern] = useState(current.numberPattern);
  const [signatory, setSignatory] = useState(current.signatory ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = pattern !== current.numberPattern || signatory !== (current.signatory ?? '');
  const save = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await certificateCall('training.certificates.setSettings', {
        numberPattern: pattern,
        signatory: signatory.trim() || null,
      });
      toast.show(
        `${t('certificates.settings.saved')} · ${t('certificates.settings.example', { example: saved.example })}`,
        'success',
      );
      onClose();
    } catch (caught) {
      setError(errorText(t, caught));
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title={t('certificates.settings.title')}
      onClose={onClose}
      onSubmit={save}
      submitLabel={t('certificates.settings.save')}
      busy={busy}
      error={error}
      dirty={dirty}
      width="medium"
    >
      <TextInput
        label={t('certificates.settings.pattern')}
        value={pattern}
        onValue={setPattern}
        hint={t('certificates.settings.patternHint')}
        required
        maxLength={60}
      />
      <TextInput label={t('certificates.settings.signatory')} value={signatory} onValue={setSignatory} maxLength={50} />
      <p>{t('certificates.settings.example', { example: current.example })}</p>
    </Dialog>
  );
}
