// 离队: the day a member left the team and why; the member stays on record (and may join again later).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { TeamMemberRow } from '@core/rescue/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { DateInput, Dialog, FormField } from '../../../ui';
import { today } from '../../stock/useRefs';

export function LeaveDialog({
  member,
  onClose,
  onDone,
}: {
  member: TeamMemberRow | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const l = (key: string) => t(`rescueTeam.leave.${key}`);
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setDate(today());
    setReason('');
    setError(null);
  }, [member]);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('rescue.members.leave', {
        id: member!.id,
        rowVersion: member!.rowVersion,
        leftDate: date,
        reason: reason.trim() || null,
      });
      onDone();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={member !== null}
      title={t('rescueTeam.leave.title', { name: member?.name ?? '' })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={l('submit')}
      busy={busy}
      error={error}
      dirty={reason.trim() !== ''}
    >
      <div className="vol-form">
        <FormField label={l('date')} required>
          <DateInput value={date} onValue={setDate} />
        </FormField>
        <FormField label={l('reason')}>
          <input
            type="text"
            value={reason}
            maxLength={FIELD_LIMITS.rescue_team_members.leaveReason}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormField>
      </div>
    </Dialog>
  );
}
