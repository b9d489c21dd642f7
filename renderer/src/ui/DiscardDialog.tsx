// The one question before typed input is thrown away. 继续编辑 is the default and has the focus, so a stray
// Enter or Esc keeps the work.
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';

export function DiscardDialog({ open, onKeep, onDiscard }: { open: boolean; onKeep(): void; onDiscard(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('unsaved.title')} onClose={onKeep} width="small" footer={<>
      <span className="dialog-spacer" />
      <Button variant="primary" onClick={onKeep} data-autofocus>{t('unsaved.keep')}</Button>
      <Button variant="danger" onClick={onDiscard}>{t('unsaved.discard')}</Button>
    </>}>
      <p className="confirm-message">{t('unsaved.question')}</p>
    </Dialog>
  );
}
