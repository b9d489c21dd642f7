// 新增会员 / a member's page: the kind chosen once (个人 / 青少年 / 团体), the person picked from the registry or
// registered on the spot (a unit has none), the kind's fields, the office's custom fields. An open member shows
// its status, the masked ID number (revealed for who may), its status history and paid dues, and the actions:
// 变更状态, 收会费, 作废. Readers see it all without the means to change it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayRevealIds } from '@api/roles';
import type { MemberRow } from '@core/members/roster/contract';
import type { PersonRow } from '@core/people/contract';
import { MEMBER_KINDS, type MemberKind } from '@rules/members';
import { call } from '../../../api/client';
import { navigate } from '../../../app/route';
import { useSession } from '../../../app/session';
import { errorText } from '../../../i18n';
import { Button, Dialog, isChanged, useToast } from '../../../ui';
import { CustomFieldInput } from '../../customFields/CustomFieldInput';
import { useCustomDraft } from '../../customFields/useCustomDraft';
import { PersonDialog } from '../../people/PersonDialog';
import { useLoad } from '../../stock/useLoad';
import { PersonPick } from '../../volunteers/roster/PersonPick';
import { MemberDetails } from './MemberDetails';
import { MemberFields, memberDraftOf, memberFieldsOf, type MemberDraft } from './MemberFields';

export type MemberAction = 'status' | 'void';

interface Props {
  open: boolean;
  /** null: a new member. */
  member: MemberRow | null;
  canEdit: boolean;
  onClose(): void;
  onSaved(row: MemberRow): void;
  onAction(action: MemberAction, row: MemberRow): void;
}

export function MemberDialog({ open, member, canEdit, onClose, onSaved, onAction }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const canReveal = mayRevealIds(useSession().roles);
  const [facets] = useLoad(() => (open ? call('members.facets', {}) : Promise.resolve(null)), [open]);
  const [person, setPerson] = useState<PersonRow | null>(null);
  const [draft, setDraft] = useState<MemberDraft>(memberDraftOf(null));
  const [idNumber, setIdNumber] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const custom = useCustomDraft('members', open, member);

  useEffect(() => {
    if (!open) return;
    setPerson(null);
    setDraft(memberDraftOf(member));
    setIdNumber(null);
    setError(null);
  }, [open, member]);

  const dirty = person !== null || custom.dirty || isChanged(draft, memberDraftOf(member, draft.kind));
  const set =
    <K extends keyof MemberDraft>(key: K) =>
    (value: MemberDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    if (!member && draft.kind !== 'group' && !person) return setError(t('members.form.pickFirst'));
    if (custom.refuses()) return setError(t('members.form.fixErrors'));
    setBusy(true);
    setError(null);
    const fields = { ...memberFieldsOf(draft), ...custom.changed(!member) };
    try {
      const row = member
        ? await call('members.update', { id: member.id, rowVersion: member.rowVersion, patch: fields })
        : draft.kind === 'group'
          ? await call('members.create', { ...fields, kind: 'group' })
          : await call('members.create', { ...fields, kind: draft.kind, personId: person!.id });
      toast.show(t('members.form.saved', { name: row.name, cardNumber: row.cardNumber }), 'success');
      onSaved(row);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const reveal = async () => {
    try {
      setIdNumber((await call('people.revealId', { id: member!.personId! })).idNumber);
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  const live = member && !member.voided;
  const actions = canEdit && live && (
    <>
      <Button onClick={() => onAction('status', member)}>{t('members.actions.status')}</Button>
      <Button onClick={() => navigate('member-dues', 'member', member.id)}>{t('members.actions.collect')}</Button>
      <Button variant="danger" onClick={() => onAction('void', member)}>
        {t('members.actions.void')}
      </Button>
    </>
  );

  return (
    <>
      <Dialog
        open={open && !registering}
        title={member ? t('members.form.editTitle', { name: member.name }) : t('members.form.addTitle')}
        onClose={onClose}
        onSubmit={canEdit && (!member || live) ? save : undefined}
        busy={busy}
        error={error}
        dirty={canEdit && dirty}
        width="large"
        extraActions={actions}
      >
        <div className="mem-form">
          {member ? (
            <p className="mem-form-person">
              <b>{member.name}</b>　
              {t('members.form.summary', {
                kind: t(`members.kind.${member.kind}`),
                cardNumber: member.cardNumber,
                status: t(`members.status.${member.status}`),
              })}
              {member.statusReason ? `（${member.statusReason}）` : ''}
              {member.idNumber && <span className="mono">　{idNumber ?? member.idNumber}</span>}
              {member.personId && canReveal && idNumber === null && (
                <Button onClick={() => void reveal()}>{t('members.form.reveal')}</Button>
              )}
            </p>
          ) : (
            <fieldset className="mem-kinds">
              <legend>{t('members.form.kind')}</legend>
              {MEMBER_KINDS.map((kind) => (
                <label key={kind}>
                  <input
                    type="radio"
                    name="member-kind"
                    checked={draft.kind === kind}
                    onChange={() => set('kind')(kind as MemberKind)}
                  />
                  {t(`members.kind.${kind}`)}
                </label>
              ))}
            </fieldset>
          )}
          {!member && draft.kind !== 'group' && (
            <div className="mem-person">
              <div className="field-label-row">
                <span>{t('members.form.person')}</span>
                <span className="field-required" aria-hidden="true">
                  *
                </span>
              </div>
              <PersonPick chosen={person} onChoose={setPerson} onRegister={() => setRegistering(true)} />
            </div>
          )}
          <fieldset className="mem-form-fields" disabled={!canEdit || !(live || !member)}>
            <MemberFields draft={draft} facets={facets} set={set} />
            {custom.fields.map((field) => (
              <CustomFieldInput
                key={field.key}
                field={field}
                value={custom.draft[field.key]}
                error={custom.problem(field.key)}
                onChange={(value) => custom.set(field.key, value)}
              />
            ))}
          </fieldset>
          {member && <MemberDetails member={member} canPrint={canEdit} />}
        </div>
      </Dialog>
      <PersonDialog
        open={registering}
        person={null}
        canReveal
        create={{
          title: t('members.form.newPersonTitle'),
          save: (input, acceptWarnings) => call('people.create', { person: input, acceptWarnings }),
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
