// 新增/修改三献登记: the person (picked from the registry or registered on the spot), the kind (chosen once), the
// registration date and place, and the kind's own fields - the stem-cell sample and matching steps, the organ or body
// registration number and the family's consent. A refusal names its field and marks it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { DonorRegistrationRow, RegistrationEdit } from '@core/donors/contract';
import type { PersonRow } from '@core/people/contract';
import { DONOR_KINDS, kindFields, type DonorKind } from '@rules/donors';
import { ApiCallError, call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { DateInput, Dialog, FormField, useToast, type FormFieldProps } from '../../../ui';
import { PersonDialog } from '../../people/PersonDialog';
import { today } from '../../stock/useRefs';
import { PersonPick } from '../../volunteers/roster/PersonPick';

const L = FIELD_LIMITS.donor_registrations;
type Consent = '' | 'yes' | 'no';
type Draft = Record<
  'registrationDate' | 'place' | 'sampleDate' | 'initialMatchDate' | 'highResolutionDate' | 'medicalExamDate',
  string
> &
  Record<'registrationNumber' | 'consentBy' | 'notes', string> & { kind: DonorKind; consent: Consent };

const draftOf = (row: DonorRegistrationRow | null, kind: DonorKind = 'blood'): Draft => ({
  kind: row?.kind ?? kind,
  registrationDate: row?.registrationDate ?? today(),
  place: row?.place ?? '',
  sampleDate: row?.sampleDate ?? '',
  initialMatchDate: row?.initialMatchDate ?? '',
  highResolutionDate: row?.highResolutionDate ?? '',
  medicalExamDate: row?.medicalExamDate ?? '',
  registrationNumber: row?.registrationNumber ?? '',
  consent: row?.familyConsent === true ? 'yes' : row?.familyConsent === false ? 'no' : '',
  consentBy: row?.consentBy ?? '',
  notes: row?.notes ?? '',
});

/** The fields sent: the kind's own filled in, every other kind's empty. */
function fieldsOf(draft: Draft): RegistrationEdit {
  const own = new Set<string>(kindFields(draft.kind));
  const date = (key: keyof Draft) => (own.has(key) && draft[key] ? (draft[key] as string) : null);
  const text = (key: keyof Draft) => (own.has(key) ? (draft[key] as string).trim() || null : null);
  return {
    registrationDate: draft.registrationDate,
    place: draft.place.trim() || null,
    sampleDate: date('sampleDate'),
    initialMatchDate: date('initialMatchDate'),
    highResolutionDate: date('highResolutionDate'),
    medicalExamDate: date('medicalExamDate'),
    registrationNumber: text('registrationNumber'),
    familyConsent: own.has('familyConsent') && draft.consent ? draft.consent === 'yes' : null,
    consentBy: draft.consent === 'yes' ? text('consentBy') : null,
    notes: draft.notes.trim() || null,
  };
}

interface Props {
  open: boolean;
  /** null: a new registration (of `person` when given, else of a person picked here). */
  registration: DonorRegistrationRow | null;
  person?: { id: string; name: string; idNumber: string } | null;
  onClose(): void;
  onSaved(row: DonorRegistrationRow): void;
}

export function RegistrationDialog({ open, registration, person: given = null, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [person, setPerson] = useState<PersonRow | null>(null);
  const [draft, setDraft] = useState<Draft>(draftOf(null));
  const [registering, setRegistering] = useState(false);
  const [error, setError] = useState<{ text: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setPerson(null);
    setDraft(draftOf(registration));
    setError(null);
  }, [open, registration]);

  const chosen = registration ?? given ?? person;
  const dirty = person !== null || JSON.stringify(draft) !== JSON.stringify(draftOf(registration, draft.kind));
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const field = (key: string, label: string, control: FormFieldProps['children'], required = false) => (
    <FormField label={label} required={required} error={error?.field === key ? error.text : undefined}>
      {control}
    </FormField>
  );
  const text = (key: keyof typeof L, required = false) =>
    field(
      key,
      t(`donors.field.${key}`),
      <input type="text" value={draft[key]} maxLength={L[key]} onChange={(e) => set(key)(e.target.value)} />,
      required,
    );
  const date = (key: keyof Draft) =>
    field(key, t(`donors.field.${key}`), <DateInput value={draft[key] as string} onValue={set(key)} />);

  const save = async () => {
    if (!chosen) return setError({ text: t('donors.form.pickFirst') });
    setBusy(true);
    setError(null);
    try {
      const fields = fieldsOf(draft);
      const row = registration
        ? await call('donors.update', { id: registration.id, rowVersion: registration.rowVersion, patch: fields })
        : await call('donors.register', { ...fields, kind: draft.kind, personId: chosen.id });
      toast.show(t('donors.form.saved', { name: row.name, kind: t(`donors.kind.${row.kind}`) }), 'success');
      onSaved(row);
    } catch (caught) {
      const details = caught instanceof ApiCallError ? caught.error.details : undefined;
      const at = typeof details?.['field'] === 'string' ? details['field'] : undefined;
      setError({ text: errorText(t, caught), field: at });
    } finally {
      setBusy(false);
    }
  };

  const kindName = t(`donors.kind.${draft.kind}`);
  return (
    <>
      <Dialog
        open={open && !registering}
        title={
          registration
            ? t('donors.form.editTitle', { kind: kindName, name: registration.name })
            : t('donors.form.addTitle')
        }
        onClose={onClose}
        onSubmit={save}
        busy={busy}
        error={error?.text}
        dirty={dirty}
        width="large"
      >
        <div className="donor-form">
          {registration || given ? (
            <p className="donor-form-person">
              <b>{chosen!.name}</b>　<span className="mono">{chosen!.idNumber}</span>
            </p>
          ) : (
            <PersonPick
              chosen={person}
              onChoose={setPerson}
              onRegister={() => setRegistering(true)}
              find={(search) => call('donors.findPeople', { search })}
            />
          )}
          {registration ? (
            <p>
              {t('donors.field.kind')}：<b>{kindName}</b>
            </p>
          ) : (
            <fieldset className="donor-kinds">
              <legend>{t('donors.field.kind')}</legend>
              {DONOR_KINDS.map((kind) => (
                <label key={kind} className="check">
                  <input
                    type="radio"
                    name="donor-kind"
                    checked={draft.kind === kind}
                    onChange={() => setDraft((d) => ({ ...d, kind }))}
                  />
                  {t(`donors.kind.${kind}`)}
                </label>
              ))}
            </fieldset>
          )}
          <div className="donor-form-row">
            {field(
              'registrationDate',
              t('donors.field.registrationDate'),
              <DateInput value={draft.registrationDate} onValue={set('registrationDate')} />,
              true,
            )}
            {text('place')}
          </div>
          {draft.kind === 'stemCells' && (
            <>
              <p className="muted">{t('donors.form.stemCellsNote')}</p>
              <div className="donor-form-row">
                {date('sampleDate')}
                {date('initialMatchDate')}
              </div>
              <div className="donor-form-row">
                {date('highResolutionDate')}
                {date('medicalExamDate')}
              </div>
            </>
          )}
          {(draft.kind === 'organ' || draft.kind === 'body') && (
            <div className="donor-form-row">
              {text('registrationNumber')}
              {field(
                'familyConsent',
                t('donors.field.familyConsent'),
                <select value={draft.consent} onChange={(e) => set('consent')(e.target.value)}>
                  <option value="">{t('donors.consent.unknown')}</option>
                  <option value="yes">{t('donors.consent.yes')}</option>
                  <option value="no">{t('donors.consent.no')}</option>
                </select>,
              )}
              {draft.consent === 'yes' && text('consentBy', true)}
            </div>
          )}
          {text('notes')}
        </div>
      </Dialog>
      <PersonDialog
        open={registering}
        person={null}
        canReveal={false}
        create={{
          title: t('donors.form.newPersonTitle'),
          save: (input, acceptWarnings) => call('donors.addPerson', { person: input, acceptWarnings }),
        }}
        onClose={() => setRegistering(false)}
        onSaved={(result) => {
          setRegistering(false);
          setPerson(result.person);
        }}
      />
    </>
  );
}
