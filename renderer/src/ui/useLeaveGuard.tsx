// A page (not a dialog) holding unsaved input: while `dirty`, leaving it - another page, sign-out, closing the
// window - asks "有未保存的修改，确定放弃吗？" first (unsaved.ts). Returns the question's dialog, to be rendered by the
// page; `onDiscard` runs when the clerk lets the input go.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { useUnsavedGuard } from './unsaved';

export function useLeaveGuard(dirty: boolean, onDiscard?: () => void): ReactNode {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<((leave: boolean) => void) | null>(null);
  useUnsavedGuard(dirty, () => new Promise<boolean>((resolve) => setAsking(() => resolve)));
  const answer = (leave: boolean) => {
    asking?.(leave);
    setAsking(null);
    if (leave) onDiscard?.();
  };
  return (
    <ConfirmDialog
      open={asking !== null}
      title={t('unsaved.title')}
      message={t('unsaved.question')}
      confirmLabel={t('unsaved.discard')}
      danger
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    />
  );
}
