// 作废: voids a person with a required reason. The record stays (shown greyed under 显示已作废).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '@api/limits';
import type { PersonRow } from '@core/people/contract';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { Dialog, FormField } from '../../ui';

interface Props {
  person: PersonRow | null;
  onClose(): void;
  onVoided(person: PersonRow): void;
}

export function VoidDialog({ person, onClose, onVoided }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setReason('');
    setProblem(null);
    setError(null);
  }, [person]);

  const submit = async () => {
    if (!person) return;
    if (!reason.trim()) {
      setProblem(t('people.voidDialog.reasonRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onVoided(await call('people.void', { id: person.id, reason: reason.trim() }));
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={person !== null}
      title={t('people.voidDialog.title', { name: person?.name ?? '' })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('people.voidDialog.confirm')}
      submitVariant="danger"
      busy={busy}
      error={error}
      width="small"
      dirty={reason.trim() !== ''}
    >
      <p className="confirm-message">{t('people.voidDialog.message')}</p>
      <FormField label={t('people.voidDialog.reason')} error={problem ?? undefined} required>
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
