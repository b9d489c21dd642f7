// 新增/修改志愿者: the person (picked from the registry or registered on the spot), registration date, teams and
// skills, the guardian (the form says when the person is under 14), notes, the office's custom fields. Edit adds the status and void actions.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { PersonRow } from '@core/people/contract';
import type { VolunteerFields, VolunteerRow } from '@core/volunteers/roster/contract';
import { needsGuardian } from '@rules/volunteers';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, DateInput, Dialog, FormField, useToast } from '../../../ui';
import { CustomFieldInputs } from '../../customFields/CustomFieldInputs';
import { useCustomDraft } from '../../customFields/useCustomDraft';
import { today } from '../../stock/useRefs';
import { useGroups } from '../useGroups';
import { GroupChecks } from './GroupChecks';
import { NewPersonDialog } from './NewPersonDialog';
import { PersonPick } from './PersonPick';

const L = FIELD_LIMITS.volunteers;
type Draft = Required<Pick<VolunteerFields, 'registrationDate' | 'teamIds' | 'skillIds'>> & {
  guardianName: string;
  guardianPhone: string;
  notes: string;
};

const draftOf = (row: VolunteerRow | null): Draft => ({
  registrationDate: row?.registrationDate ?? today(),
  teamIds: row?.teams.map((g) => g.id) ?? [],
  skillIds: row?.skills.map((g) => g.id) ?? [],
  guardianName: row?.guardianName ?? '',
  guardianPhone: row?.guardianPhone ?? '',
  notes: row?.notes ?? '',
});

export type VolunteerAction = 'suspend' | 'deregister' | 'reactivate' | 'void';

interface Props {
  open: boolean;
  /** null: a new volunteer. */
  volunteer: VolunteerRow | null;
  onClose(): void;
  onSaved(row: VolunteerRow): void;
  onAction(action: VolunteerAction, row: VolunteerRow): void;
}

export function VolunteerDialog({ open, volunteer, onClose, onSaved, onAction }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const { teams, skills } = useGroups();
  const [person, setPerson] = useState<PersonRow | null>(null);
  const [draft, setDraft] = useState<Draft>(draftOf(null));
  const [registering, setRegistering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const custom = useCustomDraft('volunteers', open, volunteer);

  useEffect(() => {
    if (!open) return;
    setPerson(null);
    setDraft(draftOf(volunteer));
    setError(null);
  }, [open, volunteer]);

  const birthDate = volunteer ? volunteer.birthDate : (person?.birthDate ?? null);
  const guardian = needsGuardian(birthDate, draft.registrationDate || today());
  const original = draftOf(volunteer);
  const dirty = person !== null || custom.dirty || JSON.stringify(draft) !== JSON.stringify(original);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    if (!volunteer && !person) return setError(t('volunteers.form.pickFirst'));
    if (custom.refuses()) return setError(t('volunteers.form.fixErrors'));
    setBusy(true);
    setError(null);
    const fields = {
      registrationDate: draft.registrationDate,
      teamIds: draft.teamIds,
      skillIds: draft.skillIds,
      guardianName: draft.guardianName.trim() || null,
      guardianPhone: draft.guardianPhone.trim() || null,
      notes: draft.notes.trim() || null,
      ...custom.changed(!volunteer),
    };
    try {
      const row = volunteer
        ? await call('volunteers.update', { id: volunteer.id, rowVersion: volunteer.rowVersion, patch: fields })
        : await call('volunteers.create', { ...fields, personId: person!.id });
      toast.show(t('volunteers.form.saved', { name: row.name, number: row.number }), 'success');
      onSaved(row);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const actions = volunteer && (
    <>
      {volunteer.status !== 'active' && (
        <Button onClick={() => onAction('reactivate', volunteer)}>{t('volunteers.actions.reactivate')}</Button>
      )}
      {volunteer.status === 'active' && (
        <Button onClick={() => onAction('suspend', volunteer)}>{t('volunteers.actions.suspend')}</Button>
      )}
      {volunteer.status !== 'deregistered' && (
        <Button onClick={() => onAction('deregister', volunteer)}>{t('volunteers.actions.deregister')}</Button>
      )}
      <Button variant="danger" onClick={() => onAction('void', volunteer)}>
        {t('volunteers.actions.void')}
      </Button>
    </>
  );

  return (
    <>
      <Dialog
        open={open && !registering}
        title={volunteer ? t('volunteers.form.editTitle', { name: volunteer.name }) : t('volunteers.form.addTitle')}
        onClose={onClose}
        onSubmit={save}
        busy={busy}
        error={error}
        dirty={dirty}
        width="large"
        extraActions={actions}
      >
        <div className="vol-form">
          {volunteer ? (
            <p className="vol-form-person">
              <b>{volunteer.name}</b>　<span className="mono">{volunteer.number}</span>　
              <span className="mono">{volunteer.idNumber}</span>　{t(`volunteers.status.${volunteer.status}`)}
              {volunteer.statusReason ? `（${volunteer.statusReason}）` : ''}
            </p>
          ) : (
            <PersonPick chosen={person} onChoose={setPerson} onRegister={() => setRegistering(true)} />
          )}
          <FormField label={t('volunteers.field.registrationDate')} required>
            <DateInput value={draft.registrationDate} onValue={set('registrationDate')} />
          </FormField>
          {teams.length + skills.length === 0 && <p className="muted">{t('volunteers.form.noGroups')}</p>}
          {teams.length > 0 && (
            <GroupChecks
              legend={t('volunteers.field.teams')}
              groups={teams}
              chosen={draft.teamIds}
              onChange={set('teamIds')}
            />
          )}
          {skills.length > 0 && (
            <GroupChecks
              legend={t('volunteers.field.skills')}
              groups={skills}
              chosen={draft.skillIds}
              onChange={set('skillIds')}
            />
          )}
          {guardian && <p className="vol-guardian-note">{t('volunteers.form.guardianNeeded')}</p>}
          {(guardian || draft.guardianName || draft.guardianPhone) && (
            <div className="vol-form-row">
              <FormField label={t('volunteers.field.guardianName')} required={guardian}>
                <input
                  type="text"
                  value={draft.guardianName}
                  maxLength={L.guardianName}
                  onChange={(e) => set('guardianName')(e.target.value)}
                />
              </FormField>
              <FormField label={t('volunteers.field.guardianPhone')} required={guardian}>
                <input
                  type="tel"
                  value={draft.guardianPhone}
                  maxLength={L.guardianPhone}
                  onChange={(e) => set('guardianPhone')(e.target.value)}
                />
              </FormField>
            </div>
          )}
          <FormField label={t('volunteers.field.notes')}>
            <input type="text" value={draft.notes} maxLength={L.notes} onChange={(e) => set('notes')(e.target.value)} />
          </FormField>
          <CustomFieldInputs custom={custom} />
        </div>
      </Dialog>
      <NewPersonDialog
        open={registering}
        title={t('volunteers.form.newPersonTitle')}
        onClose={() => setRegistering(false)}
        onRegistered={(registered) => {
          setRegistering(false);
          setPerson(registered);
        }}
      />
    </>
  );
}
