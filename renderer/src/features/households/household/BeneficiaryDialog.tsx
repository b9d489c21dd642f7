// 添加救助类别: the household or one of its members enters a beneficiary category (低保, 特困, 残疾 ...) from a day,
// to a day when it is known; and 结束 - a current membership ends on a day, kept.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { BeneficiaryRow } from '@core/households/beneficiaries/contract';
import type { HouseholdDetail } from '@core/households/roster/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { DateInput, Dialog, FormField, useToast } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { today } from '../../stock/useRefs';

/** A membership as the household's page lists it. */
export interface Held extends BeneficiaryRow {
  /** The household's number, or the member's name. */
  who: string;
}

interface Props {
  open: boolean;
  household: HouseholdDetail;
  onClose(): void;
  onSaved(): void;
}

/** '' is the household itself; otherwise a member's person id. */
type Target = string;

export function BeneficiaryDialog({ open, household, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const b = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.beneficiaries.${key}`, values);
  const [categories] = useLoad(
    () => (open ? call('beneficiaries.categories.list', {}) : Promise.resolve(null)),
    [open],
  );
  const [target, setTarget] = useState<Target>('');
  const [categoryId, setCategoryId] = useState('');
  const [fromDate, setFromDate] = useState(today());
  const [toDate, setToDate] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setTarget('');
    setCategoryId('');
    setFromDate(today());
    setToDate('');
    setNotes('');
    setError(null);
  }, [open]);

  const save = async () => {
    if (!categoryId) return setError(b('pickCategory'));
    setBusy(true);
    setError(null);
    try {
      await call('beneficiaries.add', {
        categoryId,
        ...(target ? { personId: target } : { householdId: household.id }),
        fromDate,
        toDate: toDate || null,
        notes: notes.trim() || null,
      });
      const category = categories?.find((c) => c.id === categoryId)?.name ?? '';
      const who = target
        ? household.members.find((m) => m.personId === target)?.name
        : b('household', { number: household.number });
      toast.show(b('added', { who, category }), 'success');
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
      title={b('addTitle', { number: household.number })}
      onClose={onClose}
      onSubmit={save}
      busy={busy}
      error={error}
      dirty={categoryId !== '' || notes !== ''}
    >
      <div className="hh-form">
        <FormField label={b('who')} required>
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{b('wholeHousehold', { number: household.number })}</option>
            {household.members.map((m) => (
              <option key={m.personId} value={m.personId}>
                {`${m.name}（${t(`households.relation.${m.relation}`)}）`}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={b('category')} required>
          <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">{b('choose')}</option>
            {(categories ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </FormField>
        <div className="hh-form-row">
          <FormField label={b('fromDate')} required>
            <DateInput value={fromDate} onValue={setFromDate} />
          </FormField>
          <FormField label={b('toDate')} hint={b('toDateHint')}>
            <DateInput value={toDate} onValue={setToDate} />
          </FormField>
        </div>
        <FormField label={b('notes')}>
          <input
            type="text"
            value={notes}
            maxLength={FIELD_LIMITS.beneficiary_memberships.notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </FormField>
      </div>
    </Dialog>
  );
}

export function EndDialog({ held, onClose, onSaved }: { held: Held | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const b = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.beneficiaries.${key}`, values);
  const [toDate, setToDate] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setToDate(today());
    setError(null);
  }, [held]);
  if (!held) return null;
  const save = async () => {
    setBusy(true);
    try {
      await call('beneficiaries.end', { id: held.id, rowVersion: held.rowVersion, toDate });
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title={b('endTitle', { who: held.who, category: held.categoryName })}
      onClose={onClose}
      onSubmit={save}
      busy={busy}
      error={error}
      width="small"
    >
      <FormField label={b('endDate')} required>
        <DateInput value={toDate} onValue={setToDate} />
      </FormField>
    </Dialog>
  );
}
