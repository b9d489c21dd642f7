// 添加成员: a person of the registry (found by name, pinyin or ID number tail, or registered on the spot) joins the
// household with a relation to the head from a day. A person in another household now cannot simply be added (one
// household at a time): the dialog says which, and 迁入本户 moves them - their old membership ends that day, kept.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '@api/limits';
import type { HouseholdDetail } from '@core/households/roster/contract';
import type { PersonRow } from '@core/people/contract';
import { HOUSEHOLD_RELATIONS, type HouseholdRelation } from '@rules/households';
import { ApiCallError, call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Alert, DateInput, Dialog, FormField, useToast } from '../../../ui';
import { today } from '../../stock/useRefs';
import { NewPersonDialog } from '../../volunteers/roster/NewPersonDialog';
import { PersonPick } from '../../volunteers/roster/PersonPick';

interface Props {
  open: boolean;
  household: HouseholdDetail;
  onClose(): void;
  onSaved(): void;
}

/** Relations a new member may have: 本人 is the head's alone. */
export const MEMBER_RELATIONS = HOUSEHOLD_RELATIONS.filter((r) => r !== 'self');

export function AddMemberDialog({ open, household, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const a = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.addMember.${key}`, values);
  const [person, setPerson] = useState<PersonRow | null>(null);
  const [relation, setRelation] = useState<HouseholdRelation>('child');
  const [date, setDate] = useState(today());
  const [elsewhere, setElsewhere] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [registering, setRegistering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setPerson(null);
    setRelation('child');
    setDate(today());
    setElsewhere(null);
    setReason('');
    setError(null);
  }, [open]);

  const choose = (chosen: PersonRow | null) => {
    setPerson(chosen);
    setElsewhere(null);
    setError(null);
  };
  const save = async () => {
    if (!person) return setError(a('pickFirst'));
    setBusy(true);
    setError(null);
    try {
      if (elsewhere)
        await call('households.members.move', {
          personId: person.id,
          toHouseholdId: household.id,
          relation,
          date,
          reason: reason.trim() || null,
        });
      else
        await call('households.members.add', {
          householdId: household.id,
          personId: person.id,
          relation,
          fromDate: date,
        });
      toast.show(a(elsewhere ? 'moved' : 'added', { name: person.name, number: household.number }), 'success');
      onSaved();
    } catch (caught) {
      if (caught instanceof ApiCallError && caught.code === 'HOUSEHOLD_MEMBER_ELSEWHERE')
        setElsewhere(String(caught.error.details?.['number'] ?? ''));
      else setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Dialog
        open={open && !registering}
        title={a('title', { number: household.number })}
        onClose={onClose}
        onSubmit={save}
        submitLabel={elsewhere ? a('moveHere') : a('submit')}
        busy={busy}
        error={error}
        dirty={person !== null}
        width="large"
      >
        <div className="hh-form">
          <PersonPick chosen={person} onChoose={choose} onRegister={() => setRegistering(true)} />
          {elsewhere && person && (
            <Alert kind="warning">{a('elsewhere', { name: person.name, number: elsewhere })}</Alert>
          )}
          <div className="hh-form-row">
            <FormField label={a('relation')} required>
              <select value={relation} onChange={(e) => setRelation(e.target.value as HouseholdRelation)}>
                {MEMBER_RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`households.relation.${r}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={elsewhere ? a('moveDate') : a('fromDate')} required>
              <DateInput value={date} onValue={setDate} />
            </FormField>
          </div>
          {elsewhere && (
            <FormField label={a('moveReason')}>
              <input type="text" value={reason} maxLength={REASON_MAX} onChange={(e) => setReason(e.target.value)} />
            </FormField>
          )}
        </div>
      </Dialog>
      <NewPersonDialog
        open={registering}
        title={t('volunteers.form.newPersonTitle')}
        onClose={() => setRegistering(false)}
        onRegistered={(registered) => {
          setRegistering(false);
          choose(registered);
        }}
      />
    </>
  );
}
