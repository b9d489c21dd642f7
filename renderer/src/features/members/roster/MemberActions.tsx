// A member's status change (有效 / 失效 / 退会 / 转出, dated, with a reason; 转出 says where to: the membership and
// its history go on) and void with a reason.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS, REASON_MAX } from '@api/limits';
import type { MemberRow } from '@core/members/roster/contract';
import { MEMBER_STATUSES, type MemberStatus } from '@rules/members';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { DateInput, Dialog, FormField, ReasonDialog, useToast } from '../../../ui';
import { today } from '../../stock/useRefs';
import type { MemberAction } from './MemberDialog';

export interface PendingAction {
  kind: MemberAction;
  row: MemberRow;
}

interface Props {
  pending: PendingAction | null;
  onClose(): void;
  onDone(): void;
}

export function MemberActions({ pending, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  if (!pending) return null;
  const { row } = pending;
  if (pending.kind === 'status') return <StatusDialog member={row} onClose={onClose} onDone={onDone} />;
  return (
    <ReasonDialog
      open
      title={t('members.voidDialog.title', { name: row.name })}
      message={t('members.voidDialog.message')}
      reasonLabel={t('members.voidDialog.reason')}
      submitLabel={t('members.voidDialog.submit')}
      onClose={onClose}
      onSubmit={async (reason) => {
        await call('members.void', { id: row.id, reason });
        toast.show(t('members.voidDialog.done', { name: row.name }), 'success');
        onDone();
      }}
    />
  );
}

function StatusDialog({ member, onClose, onDone }: { member: MemberRow; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const choices = MEMBER_STATUSES.filter((s) => s !== member.recordedStatus);
  const [status, setStatus] = useState<MemberStatus>(choices[0]!);
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [transferTo, setTransferTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setError(null), [status]);
  const s = (key: string) => t(`members.statusDialog.${key}`);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('members.setStatus', {
        id: member.id,
        rowVersion: member.rowVersion,
        status,
        date,
        reason: reason.trim() || null,
        transferTo: status === 'transferred' ? transferTo.trim() || null : null,
      });
      toast.show(
        t('members.statusDialog.done', { name: member.name, status: t(`members.status.${status}`) }),
        'success',
      );
      onDone();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title={t('members.statusDialog.title', { name: member.name })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={s('submit')}
      busy={busy}
      error={error}
      dirty={reason !== '' || transferTo !== ''}
    >
      <div className="mem-form">
        <FormField label={s('status')} required>
          <select value={status} onChange={(event) => setStatus(event.target.value as MemberStatus)}>
            {choices.map((c) => (
              <option key={c} value={c}>
                {t(`members.status.${c}`)}
              </option>
            ))}
          </select>
        </FormField>
        {status === 'transferred' && <p className="mem-note">{s('transferHint')}</p>}
        {status === 'lapsed' && <p className="mem-note">{s('lapsedHint')}</p>}
        <FormField label={s('date')} required>
          <DateInput value={date} onValue={setDate} />
        </FormField>
        {status === 'transferred' && (
          <FormField label={s('transferTo')} required>
            <input
              type="text"
              value={transferTo}
              maxLength={FIELD_LIMITS.member_status_changes.transferTo}
              onChange={(event) => setTransferTo(event.target.value)}
            />
          </FormField>
        )}
        <FormField label={s('reason')} required={status === 'withdrawn' || status === 'lapsed'}>
          <input
            type="text"
            value={reason}
            maxLength={REASON_MAX}
            onChange={(event) => setReason(event.target.value)}
          />
        </FormField>
      </div>
    </Dialog>
  );
}
