// Asks "are you sure?" before an action that is hard to undo (deactivate a user, void a record).
// Focus starts on Cancel, so a stray Enter does not confirm.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: ReactNode;
  message: ReactNode;
  confirmLabel?: ReactNode;
  danger?: boolean;
  /** May be async; an error it throws is shown in the dialog, which then stays open. */
  onConfirm(): void | Promise<void>;
  onCancel(): void;
}

export function ConfirmDialog({ open, title, message, confirmLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => {
    setError(null);
    onCancel();
  };
  return (
    <Dialog
      open={open}
      title={title}
      onClose={cancel}
      onSubmit={confirm}
      submitLabel={confirmLabel}
      submitVariant={danger ? 'danger' : 'primary'}
      busy={busy}
      error={error}
      width="small"
    >
      <p className="confirm-message">{message}</p>
    </Dialog>
  );
}
