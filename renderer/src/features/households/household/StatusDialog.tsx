// 变更状态: the poverty file's status changes (帮扶中, 已脱贫, 监测对象 with its category) on a day, with a reason;
// the change is kept in the file's history.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '@api/limits';
import type { PovertyFileRow } from '@core/households/poverty/contract';
import {
  MONITORING_CATEGORIES,
  POVERTY_STATUSES,
  type MonitoringCategory,
  type PovertyStatus,
} from '@rules/households';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { DateInput, Dialog, FormField, useToast } from '../../../ui';
import { today } from '../../stock/useRefs';

interface Props {
  open: boolean;
  file: PovertyFileRow;
  onClose(): void;
  onSaved(): void;
}

export function StatusDialog({ open, file, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const p = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.poverty.${key}`, values);
  const [status, setStatus] = useState<PovertyStatus>(file.status);
  const [category, setCategory] = useState<MonitoringCategory | ''>('');
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setStatus(file.status === 'assisted' ? 'exited' : file.status === 'exited' ? 'monitored' : 'exited');
    setCategory(file.monitoringCategory ?? '');
    setDate(today());
    setReason('');
    setError(null);
  }, [open, file]);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('households.poverty.setStatus', {
        householdId: file.householdId,
        rowVersion: file.rowVersion,
        status,
        monitoringCategory: status === 'monitored' ? category || null : null,
        date,
        reason: reason.trim() || null,
      });
      toast.show(p('statusChanged', { status: t(`households.status.${status}`) }), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      title={p('changeStatus')}
      onClose={onClose}
      onSubmit={save}
      busy={busy}
      error={error}
      dirty={reason !== ''}
    >
      <div className="hh-form">
        <FormField label={p('status')} required>
          <select value={status} onChange={(e) => setStatus(e.target.value as PovertyStatus)}>
            {POVERTY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`households.status.${s}`)}
              </option>
            ))}
          </select>
        </FormField>
        {status === 'monitored' && (
          <FormField label={p('category')} required>
            <select value={category} onChange={(e) => setCategory(e.target.value as MonitoringCategory | '')}>
              <option value="">{p('choose')}</option>
              {MONITORING_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`households.monitoring.${c}`)}
                </option>
              ))}
            </select>
          </FormField>
        )}
        <FormField label={p('changeDate')} required>
          <DateInput value={date} onValue={setDate} />
        </FormField>
        <FormField label={p('reason')}>
          <input type="text" value={reason} maxLength={REASON_MAX} onChange={(e) => setReason(e.target.value)} />
        </FormField>
      </div>
    </Dialog>
  );
}
