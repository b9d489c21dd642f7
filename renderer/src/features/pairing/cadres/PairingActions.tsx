// One pairing's actions: change the household's cadre, end the pairing (a day and a reason; it stays in the
// history), open the household's file, or void a pairing entered by mistake.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairingRow } from '@core/pairing/pairings/contract';
import { call } from '../../../api/client';
import { navigate } from '../../../app/route';
import { errorText } from '../../../i18n';
import { Button, DateInput, Dialog, FormField, ReasonDialog } from '../../../ui';
import { today } from '../../stock/useRefs';
import { householdPage } from '../routes';

interface Props {
  pairing: PairingRow | null;
  canEdit: boolean;
  onClose(): void;
  onChange(pairing: PairingRow): void;
  onSaved(): void;
}

export function PairingActions({ pairing, canEdit, onClose, onChange, onSaved }: Props) {
  const { t } = useTranslation();
  const p = (key: string, values: Record<string, unknown> = {}) => t(`pairing.pairingActions.${key}`, values);
  const [mode, setMode] = useState<'menu' | 'end' | 'void'>('menu');
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setMode('menu');
    setDate(today());
    setReason('');
    setError(null);
  }, [pairing]);
  if (!pairing) return null;
  const names = { head: pairing.headName, cadre: pairing.cadreName };
  const open = pairing.toDate === null && !pairing.voided;

  const end = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('pairing.pairings.end', { id: pairing.id, rowVersion: pairing.rowVersion, date, reason });
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Dialog
        open={mode === 'menu'}
        title={p('title', names)}
        onClose={onClose}
        extraActions={
          <>
            <Button onClick={() => navigate(...householdPage(pairing.householdId))}>{p('open')}</Button>
            {canEdit && open && (
              <>
                <Button variant="primary" onClick={() => onChange(pairing)}>
                  {p('change')}
                </Button>
                <Button onClick={() => setMode('end')}>{p('end')}</Button>
                <Button variant="danger" onClick={() => setMode('void')}>
                  {p('void')}
                </Button>
              </>
            )}
          </>
        }
      >
        <p>
          {pairing.householdNumber} {pairing.headName}　{pairing.cadreName}（{pairing.cadreUnit ?? ''}）
        </p>
        <p className="muted">
          {pairing.toDate
            ? p('ended', { date: pairing.toDate, reason: pairing.endReason ?? '' })
            : p('since', { date: pairing.fromDate })}
        </p>
      </Dialog>
      <Dialog
        open={mode === 'end'}
        title={p('endTitle', names)}
        onClose={() => setMode('menu')}
        onSubmit={end}
        submitLabel={p('end')}
        busy={busy}
        error={error}
        dirty={reason !== ''}
      >
        <div className="vol-form">
          <FormField label={p('endDate')} required>
            <DateInput value={date} onValue={setDate} />
          </FormField>
          <FormField label={p('endReason')} required>
            <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
          </FormField>
        </div>
      </Dialog>
      <ReasonDialog
        open={mode === 'void'}
        title={p('voidTitle', names)}
        reasonLabel={p('voidReason')}
        submitLabel={p('void')}
        onClose={() => setMode('menu')}
        onSubmit={async (why) => {
          await call('pairing.pairings.void', { id: pairing.id, reason: why });
          onSaved();
        }}
      />
    </>
  );
}
