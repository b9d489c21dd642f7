// A dangerous action that needs a reason (作废, 移出, 撤销): the reason is required and kept with the record.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '@api/limits';
import { errorText } from '@renderer/i18n';
import { Dialog } from './Dialog';
import { FormField } from './FormField';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  message?: string;
  reasonLabel: string;
  submitLabel: string;
  /** Danger unless the action is harmless (a reprint). */
  submitVariant?: 'danger' | 'primary';
  onClose(): void;
  /** Does the action; a refusal is shown in the dialog, which stays open. */
  onSubmit(reason: string): Promise<void>;
}

export function ReasonDialog(props: ReasonDialogProps) {
  const { open, title, message, reasonLabel, submitLabel, submitVariant = 'danger', onClose, onSubmit } = props;
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setReason('');
    setProblem(null);
    setError(null);
  }, [open]);

  const submit = async () => {
    if (!reason.trim()) return setProblem(t('common.reasonRequired', { label: reasonLabel }));
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason.trim());
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={submitLabel}
      submitVariant={submitVariant}
      busy={busy}
      error={error}
      width="small"
      dirty={reason.trim() !== ''}
    >
      {message && <p className="confirm-message">{message}</p>}
      <FormField label={reasonLabel} error={problem ?? undefined} required>
        <input
          type="text"
          value={reason}
          maxLength={REASON_MAX}
          autoComplete="off"
          onChange={(event) => {
            setReason(event.target.value);
            setProblem(null);
          }}
        />
      </FormField>
    </Dialog>
  );
}
