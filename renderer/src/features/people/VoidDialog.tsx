// 作废: voids a person with a required reason. The record stays (shown greyed under 显示已作废).
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '@core/people/contract';
import { call } from '../../api/client';
import { ReasonDialog } from '../../ui';

interface Props {
  person: PersonRow | null;
  onClose(): void;
  onVoided(person: PersonRow): void;
}

export function VoidDialog({ person, onClose, onVoided }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      open={person !== null}
      title={t('people.voidDialog.title', { name: person?.name ?? '' })}
      message={t('people.voidDialog.message')}
      reasonLabel={t('people.voidDialog.reason')}
      submitLabel={t('people.voidDialog.confirm')}
      onClose={onClose}
      onSubmit={async (reason) => onVoided(await call('people.void', { id: person!.id, reason }))}
    />
  );
}
