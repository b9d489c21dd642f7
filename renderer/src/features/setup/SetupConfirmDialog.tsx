// First run's last step: the office as it will be created, with the warning that its code is for good.
// Focus starts on 返回修改, so a stray Enter goes back to the form instead of creating the office.
import { useTranslation } from 'react-i18next';
import type { OfficeRole } from '@rules/office';
import { Button, Dialog } from '../../ui';

export interface OfficeToCreate {
  name: string;
  code: string;
  role: OfficeRole;
}

export function SetupConfirmDialog({
  office,
  busy,
  error,
  onBack,
  onConfirm,
}: {
  office: OfficeToCreate | null;
  busy: boolean;
  error: string | null;
  onBack(): void;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={office !== null}
      title={t('setup.confirmTitle')}
      width="small"
      onClose={onBack}
      onSubmit={onConfirm}
      busy={busy}
      error={error}
      footer={(back) => (
        <>
          <span className="dialog-spacer" />
          <Button onClick={back} disabled={busy} data-autofocus>
            {t('setup.back')}
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('setup.create')}
          </Button>
        </>
      )}
    >
      {office && (
        <>
          <dl className="facts setup-facts">
            <dt>{t('setup.officeName')}</dt>
            <dd>{office.name}</dd>
            <dt>{t('setup.code')}</dt>
            <dd>{office.code}</dd>
            <dt>{t('setup.role')}</dt>
            <dd>{t(`officeRole.${office.role}`)}</dd>
          </dl>
          <p className="confirm-message">{t('setup.codeIsFinal')}</p>
        </>
      )}
    </Dialog>
  );
}
