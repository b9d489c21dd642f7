// 记录捐献: a donation under one registration - its date and place, and for blood the millilitres (200, 300 or 400
// as a rule). A stem-cell donation needs the examination date on the registration first; the core says so.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { DonorRegistrationRow } from '@core/donors/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { DateInput, Dialog, FormField, useToast } from '../../../ui';
import { today } from '../../stock/useRefs';

const L = FIELD_LIMITS.donor_donations;
const EMPTY = { donationDate: '', amountMl: '', place: '', notes: '' };

interface Props {
  registration: DonorRegistrationRow | null;
  onClose(): void;
  onSaved(): void;
}

export function DonationDialog({ registration, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!registration) return;
    setDraft({ ...EMPTY, donationDate: today(), amountMl: registration.kind === 'blood' ? '400' : '' });
    setError(null);
  }, [registration]);

  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const blood = registration?.kind === 'blood';
  const save = async () => {
    if (!registration) return;
    setBusy(true);
    setError(null);
    try {
      await call('donors.donations.add', {
        registrationId: registration.id,
        donationDate: draft.donationDate,
        amountMl: blood && draft.amountMl.trim() ? Number(draft.amountMl) : null,
        place: draft.place.trim() || null,
        notes: draft.notes.trim() || null,
      });
      toast.show(t('donors.donation.saved', { name: registration.name }), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={registration !== null}
      title={
        registration &&
        t('donors.donation.title', { name: registration.name, kind: t(`donors.kind.${registration.kind}`) })
      }
      onClose={onClose}
      onSubmit={save}
      busy={busy}
      error={error}
      dirty={Boolean(draft.place || draft.notes)}
    >
      <div className="donor-form">
        <FormField label={t('donors.field.donationDate')} required>
          <DateInput value={draft.donationDate} onValue={set('donationDate')} />
        </FormField>
        {blood && (
          <FormField label={t('donors.field.amountMl')} hint={t('donors.donation.bloodHint')} required>
            <input
              type="number"
              min={1}
              step={1}
              value={draft.amountMl}
              onChange={(e) => set('amountMl')(e.target.value)}
            />
          </FormField>
        )}
        <FormField label={t('donors.field.donationPlace')}>
          <input type="text" value={draft.place} maxLength={L.place} onChange={(e) => set('place')(e.target.value)} />
        </FormField>
        <FormField label={t('donors.field.notes')}>
          <input type="text" value={draft.notes} maxLength={L.notes} onChange={(e) => set('notes')(e.target.value)} />
        </FormField>
      </div>
    </Dialog>
  );
}
