// 结对 / 更换帮扶干部: the household and the cadre (either may come chosen), the day the pairing starts and - when
// another cadre holds the household - why that pairing ends (it ends the same day; the history stays).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { DateInput, Dialog, FormField, useToast } from '../../../ui';
import { today } from '../../stock/useRefs';
import { CadrePick, HouseholdPick, type PickedCadre, type PickedHousehold } from '../Picks';

export interface AssignStart {
  household?: PickedHousehold | null;
  cadre?: PickedCadre | null;
}

interface Props {
  /** null: closed. */
  start: AssignStart | null;
  onClose(): void;
  onSaved(): void;
}

export function AssignDialog({ start, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const a = (key: string, values: Record<string, unknown> = {}) => t(`pairing.assign.${key}`, values);
  const toast = useToast();
  const [household, setHousehold] = useState<PickedHousehold | null>(null);
  const [cadre, setCadre] = useState<PickedCadre | null>(null);
  const [fromDate, setFromDate] = useState(today());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!start) return;
    setHousehold(start.household ?? null);
    setCadre(start.cadre ?? null);
    setFromDate(today());
    setReason('');
    setError(null);
  }, [start]);

  const save = async () => {
    if (!household || !cadre) return setError(a('pickBoth'));
    setBusy(true);
    setError(null);
    try {
      const row = await call('pairing.pairings.assign', {
        householdId: household.id,
        cadreId: cadre.id,
        fromDate,
        reason: reason.trim() || null,
      });
      toast.show(a('saved', { cadre: row.cadreName, head: row.headName, date: row.fromDate }), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={start !== null}
      title={a('title')}
      onClose={onClose}
      onSubmit={save}
      busy={busy}
      error={error}
      dirty={household !== (start?.household ?? null) || cadre !== (start?.cadre ?? null) || reason !== ''}
      width="large"
    >
      <div className="vol-form">
        <fieldset className="pairing-fieldset">
          <legend>{a('household')}</legend>
          <HouseholdPick chosen={household} onChoose={setHousehold} />
        </fieldset>
        <fieldset className="pairing-fieldset">
          <legend>{a('cadre')}</legend>
          <CadrePick chosen={cadre} onChoose={setCadre} />
        </fieldset>
        <div className="vol-form-row">
          <FormField label={a('fromDate')} required>
            <DateInput value={fromDate} onValue={setFromDate} />
          </FormField>
          <FormField label={a('reason')}>
            <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
          </FormField>
        </div>
      </div>
    </Dialog>
  );
}
