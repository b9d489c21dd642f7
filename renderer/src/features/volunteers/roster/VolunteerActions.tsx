// A volunteer's status change (暂停 / 注销 with a reason; 恢复在册 at once) and void with a reason, asked in the
// shared reason dialog.
import { useTranslation } from 'react-i18next';
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { ReasonDialog, useToast } from '../../../ui';
import type { VolunteerAction } from './VolunteerDialog';

export interface PendingAction {
  kind: VolunteerAction;
  row: VolunteerRow;
}

interface Props {
  pending: PendingAction | null;
  onClose(): void;
  onDone(): void;
}

/** 恢复在册 needs no reason: done at once, said in a toast. */
export function useReactivate(onDone: () => void) {
  const { t } = useTranslation();
  const toast = useToast();
  return (row: VolunteerRow) =>
    call('volunteers.update', {
      id: row.id,
      rowVersion: row.rowVersion,
      patch: { status: 'active', statusReason: null },
    })
      .then(() => {
        toast.show(
          t('volunteers.statusDialog.done', { name: row.name, status: t('volunteers.status.active') }),
          'success',
        );
        onDone();
      })
      .catch((error: unknown) => toast.show(errorText(t, error), 'error'));
}

export function VolunteerActions({ pending, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const statusOf = (kind: VolunteerAction) => (kind === 'suspend' ? 'suspended' : 'deregistered');

  if (!pending || pending.kind === 'reactivate') return null;
  const { kind, row } = pending;
  const voiding = kind === 'void';
  return (
    <ReasonDialog
      open
      title={
        voiding
          ? t('volunteers.voidDialog.title', { name: row.name })
          : t(`volunteers.statusDialog.${kind}`, { name: row.name })
      }
      message={voiding ? t('volunteers.voidDialog.message') : undefined}
      reasonLabel={voiding ? t('volunteers.voidDialog.reason') : t('volunteers.statusDialog.reason')}
      submitLabel={t(`volunteers.actions.${kind}`)}
      onClose={onClose}
      onSubmit={async (reason) => {
        if (voiding) {
          await call('volunteers.void', { id: row.id, reason });
          toast.show(t('volunteers.voidDialog.done', { name: row.name }), 'success');
        } else {
          const status = statusOf(kind);
          await call('volunteers.update', {
            id: row.id,
            rowVersion: row.rowVersion,
            patch: { status, statusReason: reason },
          });
          toast.show(
            t('volunteers.statusDialog.done', { name: row.name, status: t(`volunteers.status.${status}`) }),
            'success',
          );
        }
        onDone();
      }}
    />
  );
}
