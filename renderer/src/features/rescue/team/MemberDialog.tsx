// 添加/修改队员: the person joins from the people registry (or is registered there on the spot) or from the
// volunteers; a role of the office's list, the day they joined, the office's own fields. Editing offers 离队
// (a day and a reason; the record stays) and 作废 (a record entered by mistake).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '@core/people/contract';
import type { RescueTeamRow, TeamMemberRow } from '@core/rescue/contract';
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, DateInput, Dialog, FormField, ReasonDialog, useToast } from '../../../ui';
import { CustomFieldInputs } from '../../customFields/CustomFieldInputs';
import { useCustomDraft } from '../../customFields/useCustomDraft';
import { useLoad } from '../../stock/useLoad';
import { today } from '../../stock/useRefs';
import { NewPersonDialog } from '../../volunteers/roster/NewPersonDialog';
import { PersonPick } from '../../volunteers/roster/PersonPick';
import { LeaveDialog } from './LeaveDialog';
import { VolunteerPick } from './VolunteerPick';

interface Props {
  open: boolean;
  team: RescueTeamRow;
  /** null: a new member. */
  member: TeamMemberRow | null;
  onClose(): void;
  onSaved(): void;
}

export function MemberDialog({ open, team, member, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const m = (key: string, values: Record<string, unknown> = {}) => t(`rescueTeam.memberForm.${key}`, values);
  const toast = useToast();
  const [settings] = useLoad(() => (open ? call('rescue.settings.get', {}) : Promise.resolve(null)), [open]);
  const roles = settings?.roles ?? [];
  const [from, setFrom] = useState<'people' | 'volunteers'>('people');
  const [person, setPerson] = useState<PersonRow | null>(null);
  const [volunteer, setVolunteer] = useState<VolunteerRow | null>(null);
  const [role, setRole] = useState('');
  const [joinedDate, setJoinedDate] = useState(today());
  const [registering, setRegistering] = useState(false);
  const [action, setAction] = useState<'leave' | 'void' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const custom = useCustomDraft('teamMembers', open, member);
  const defaultRole = member?.role ?? roles.at(-1) ?? '';

  useEffect(() => {
    if (!open) return;
    setPerson(null);
    setVolunteer(null);
    setRole(defaultRole);
    setJoinedDate(member?.joinedDate ?? today());
    setError(null);
  }, [open, member, defaultRole]);

  const dirty =
    person !== null ||
    volunteer !== null ||
    custom.dirty ||
    role !== defaultRole ||
    joinedDate !== (member?.joinedDate ?? today());
  const save = async () => {
    if (!member && !person && !volunteer) return setError(m('pickFirst'));
    if (custom.refuses()) return setError(m('fixErrors'));
    setBusy(true);
    setError(null);
    try {
      const row = member
        ? await call('rescue.members.update', {
            id: member.id,
            rowVersion: member.rowVersion,
            patch: { role, joinedDate, ...custom.changed(false) },
          })
        : await call('rescue.members.add', {
            teamId: team.id,
            ...(volunteer ? { volunteerId: volunteer.id } : { personId: person!.id }),
            role,
            joinedDate,
            ...custom.changed(true),
          });
      toast.show(m('saved', { name: row.name }), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const roleOptions = member && !roles.includes(member.role) ? [member.role, ...roles] : roles;
  const actions = member && !member.leftDate && (
    <>
      <Button onClick={() => setAction('leave')}>{m('leave')}</Button>
      <Button variant="danger" onClick={() => setAction('void')}>
        {m('void')}
      </Button>
    </>
  );

  return (
    <>
      <Dialog
        open={open && !registering && action === null}
        title={member ? m('editTitle', { name: member.name }) : m('addTitle', { team: team.name })}
        onClose={onClose}
        onSubmit={save}
        busy={busy}
        error={error}
        dirty={dirty}
        width="large"
        extraActions={actions}
      >
        <div className="vol-form">
          {member ? (
            <p className="vol-form-person">
              <b>{member.name}</b>　<span className="mono">{member.idNumber}</span>　{member.mobile ?? ''}
            </p>
          ) : (
            <>
              <fieldset className="vol-entry-mode">
                <legend>{m('from')}</legend>
                {(['people', 'volunteers'] as const).map((source) => (
                  <label key={source} className="check">
                    <input type="radio" checked={from === source} onChange={() => setFrom(source)} />
                    {m(source === 'people' ? 'fromPeople' : 'fromVolunteers')}
                  </label>
                ))}
              </fieldset>
              {from === 'people' ? (
                <PersonPick
                  chosen={person}
                  onChoose={(p) => (setPerson(p), setVolunteer(null))}
                  onRegister={() => setRegistering(true)}
                />
              ) : (
                <VolunteerPick chosen={volunteer} onChoose={(v) => (setVolunteer(v), setPerson(null))} />
              )}
            </>
          )}
          <div className="vol-form-row">
            <FormField label={m('role')} required>
              <select value={role} onChange={(e) => setRole(e.target.value)}>
                {roleOptions.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={m('joinedDate')} required>
              <DateInput value={joinedDate} onValue={setJoinedDate} />
            </FormField>
          </div>
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
      <LeaveDialog member={action === 'leave' ? member : null} onClose={() => setAction(null)} onDone={onSaved} />
      <ReasonDialog
        open={action === 'void'}
        title={m('voidTitle', { name: member?.name ?? '' })}
        reasonLabel={m('voidReason')}
        submitLabel={m('void')}
        onClose={() => setAction(null)}
        onSubmit={async (reason) => {
          await call('rescue.members.void', { id: member!.id, reason });
          setAction(null);
          onSaved();
        }}
      />
    </>
  );
}
