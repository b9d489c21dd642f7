// 开具证明: the volunteer (found by a volunteer number or ID number), the period, who is in charge and who handles
// it; the core adds up the approved hours and the content of the period and numbers the proof.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { ProofRow } from '@core/volunteers/proofs/contract';
import type { VolunteerPick } from '@core/volunteers/service/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, DateInput, Dialog, FormField, useToast } from '../../../ui';
import { today } from '../../stock/useRefs';

const P = FIELD_LIMITS.volunteer_proofs;
const EMPTY = {
  periodStart: `${today().slice(0, 4)}-01-01`,
  periodEnd: today(),
  personInCharge: '',
  handler: '',
  contact: '',
};

export function ProofDialog({
  open,
  onClose,
  onIssued,
}: {
  open: boolean;
  onClose(): void;
  onIssued(proof: ProofRow): void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [lookup, setLookup] = useState('');
  const [volunteer, setVolunteer] = useState<VolunteerPick | null>(null);
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setLookup('');
    setVolunteer(null);
    setDraft(EMPTY);
    setError(null);
  }, [open]);
  const f = (key: string) => t(`volunteerProofs.form.${key}`);
  const find = async () => {
    setError(null);
    try {
      const picks = await call('volunteers.service.picks', { lines: lookup });
      setVolunteer(picks.found[0] ?? null);
      if (!picks.found[0]) setError(f('notFound'));
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  const issue = async () => {
    if (!volunteer) return setError(f('pickFirst'));
    setBusy(true);
    setError(null);
    try {
      const proof = await call('volunteers.proofs.issue', {
        volunteerId: volunteer.id,
        periodStart: draft.periodStart,
        periodEnd: draft.periodEnd,
        personInCharge: draft.personInCharge.trim(),
        handler: draft.handler.trim(),
        contact: draft.contact.trim() || null,
      });
      toast.show(t('volunteerProofs.form.issued', { number: proof.number }), 'success');
      onIssued(proof);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const text = (key: 'personInCharge' | 'handler' | 'contact', max: number, required: boolean) => (
    <FormField label={f(key)} required={required}>
      <input
        type="text"
        value={draft[key]}
        maxLength={max}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </FormField>
  );
  return (
    <Dialog
      open={open}
      title={f('title')}
      onClose={onClose}
      onSubmit={issue}
      submitLabel={t('volunteerProofs.issue')}
      busy={busy}
      error={error}
      dirty={volunteer !== null || lookup !== ''}
    >
      <div className="vol-form">
        <div className="person-search">
          <input
            type="search"
            aria-label={f('volunteer')}
            placeholder={f('volunteer')}
            value={lookup}
            onChange={(event) => setLookup(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              event.stopPropagation();
              void find();
            }}
          />
          <Button onClick={() => void find()}>{f('find')}</Button>
        </div>
        {volunteer && (
          <p>
            <b>{volunteer.name}</b>　<span className="mono">{volunteer.number}</span>　
            <span className="mono">{volunteer.idNumber}</span>
          </p>
        )}
        <div className="vol-form-row">
          <FormField label={f('periodStart')} required>
            <DateInput value={draft.periodStart} onValue={(periodStart) => setDraft({ ...draft, periodStart })} />
          </FormField>
          <FormField label={f('periodEnd')} required>
            <DateInput value={draft.periodEnd} onValue={(periodEnd) => setDraft({ ...draft, periodEnd })} />
          </FormField>
        </div>
        <div className="vol-form-row">
          {text('personInCharge', P.personInCharge, true)}
          {text('handler', P.handler, true)}
          {text('contact', P.contact, false)}
        </div>
      </div>
    </Dialog>
  );
}
