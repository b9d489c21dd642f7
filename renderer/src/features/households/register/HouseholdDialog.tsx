// 新建户 / 修改户: the basic facts of a household - its head (a person of the registry, found or registered on the
// spot; their place fills the address), the household number (empty: the office numbers it), attribute, township,
// village, group, address, phone, notes and the office's own fields. The head joins as 本人 from the day given.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { HouseholdDetail, HouseholdFields } from '@core/households/roster/contract';
import type { PersonRow } from '@core/people/contract';
import { HOUSEHOLD_ATTRIBUTES, type HouseholdAttribute } from '@rules/households';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { DateInput, Dialog, FormField, isChanged, useToast } from '../../../ui';
import { CustomFieldInputs } from '../../customFields/CustomFieldInputs';
import { useCustomDraft } from '../../customFields/useCustomDraft';
import { today } from '../../stock/useRefs';
import { NewPersonDialog } from '../../volunteers/roster/NewPersonDialog';
import { PersonPick } from '../../volunteers/roster/PersonPick';

interface Props {
  open: boolean;
  /** null: a new household. */
  household: HouseholdDetail | null;
  onClose(): void;
  onSaved(saved: HouseholdDetail): void;
}

type Draft = Record<Exclude<keyof HouseholdFields, 'customFields' | 'attribute'>, string> & {
  attribute: HouseholdAttribute;
};
const L = FIELD_LIMITS.households;
const TEXT_FIELDS = ['number', 'township', 'village', 'villageGroup', 'address', 'phone'] as const;

function draftOf(household: HouseholdDetail | null): Draft {
  return {
    number: household?.number ?? '',
    attribute: household?.attribute ?? 'general',
    township: household?.township ?? '',
    village: household?.village ?? '',
    villageGroup: household?.villageGroup ?? '',
    address: household?.address ?? '',
    phone: household?.phone ?? '',
    notes: household?.notes ?? '',
  };
}

export function HouseholdDialog({ open, household, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const f = (key: string) => t(`households.field.${key}`);
  const m = (key: string, values: Record<string, unknown> = {}) => t(`households.form.${key}`, values);
  const [draft, setDraft] = useState<Draft>(() => draftOf(household));
  const [head, setHead] = useState<PersonRow | null>(null);
  const [fromDate, setFromDate] = useState(today());
  const [registering, setRegistering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const custom = useCustomDraft('households', open, household);

  useEffect(() => {
    if (!open) return;
    setDraft(draftOf(household));
    setHead(null);
    setFromDate(today());
    setError(null);
  }, [open, household]);

  const set = (key: keyof Draft, value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const chooseHead = (person: PersonRow | null) => {
    setHead(person);
    if (person && !draft.township && !draft.village)
      setDraft((current) => ({ ...current, township: person.township ?? '', village: person.village ?? '' }));
  };
  const dirty = head !== null || custom.dirty || isChanged(draft, draftOf(household));
  const save = async () => {
    if (!household && !head) return setError(m('pickHead'));
    if (custom.refuses()) return setError(m('fixErrors'));
    setBusy(true);
    setError(null);
    const fields = {
      ...draft,
      ...Object.fromEntries(TEXT_FIELDS.map((key) => [key, draft[key].trim() || null])),
      notes: draft.notes.trim() || null,
    };
    try {
      const saved = household
        ? await call('households.update', {
            id: household.id,
            rowVersion: household.rowVersion,
            patch: { ...fields, ...custom.changed(false) },
          })
        : await call('households.create', { ...fields, headPersonId: head!.id, fromDate, ...custom.changed(true) });
      toast.show(m(household ? 'saved' : 'created', { number: saved.number, name: saved.headName }), 'success');
      onSaved(saved);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const text = (key: (typeof TEXT_FIELDS)[number], hint?: string) => (
    <FormField label={f(key)} hint={hint}>
      <input type="text" value={draft[key]} maxLength={L[key]} onChange={(e) => set(key, e.target.value)} />
    </FormField>
  );

  return (
    <>
      <Dialog
        open={open && !registering}
        title={household ? m('editTitle', { number: household.number }) : m('addTitle')}
        onClose={onClose}
        onSubmit={save}
        busy={busy}
        error={error}
        dirty={dirty}
        width="large"
      >
        <div className="hh-form">
          {!household && (
            <>
              <p className="muted">{m('headHint')}</p>
              <PersonPick chosen={head} onChoose={chooseHead} onRegister={() => setRegistering(true)} />
            </>
          )}
          <div className="hh-form-row">
            {text('number', m('numberHint'))}
            <FormField label={f('attribute')} required>
              <select value={draft.attribute} onChange={(e) => set('attribute', e.target.value)}>
                {HOUSEHOLD_ATTRIBUTES.map((a) => (
                  <option key={a} value={a}>
                    {t(`households.attribute.${a}`)}
                  </option>
                ))}
              </select>
            </FormField>
            {!household && (
              <FormField label={f('fromDate')} required>
                <DateInput value={fromDate} onValue={setFromDate} />
              </FormField>
            )}
          </div>
          <div className="hh-form-row">
            {text('township')}
            {text('village')}
            {text('villageGroup')}
          </div>
          <div className="hh-form-row">
            {text('address')}
            {text('phone')}
          </div>
          <FormField label={f('notes')}>
            <textarea rows={2} value={draft.notes} maxLength={L.notes} onChange={(e) => set('notes', e.target.value)} />
          </FormField>
          <CustomFieldInputs custom={custom} />
        </div>
      </Dialog>
      <NewPersonDialog
        open={registering}
        title={t('volunteers.form.newPersonTitle')}
        onClose={() => setRegistering(false)}
        onRegistered={(person) => {
          setRegistering(false);
          chooseHead(person);
        }}
      />
    </>
  );
}
