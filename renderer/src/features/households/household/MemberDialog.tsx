// A member of the household: their relation to the head and their facts while in it (labour, health - 残疾 with the
// disability card number and grade - and schooling), saved together; 设为户主, 迁往他户, 迁出 (died, married out ...)
// and 作废 (entered by mistake) for a current member; and the households they were in (户籍变动), a move kept as two
// memberships. A member who left is shown read-only.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { HouseholdDetail, HouseholdMemberRow, MemberFacts } from '@core/households/roster/contract';
import {
  checkMemberFacts,
  DISABILITY_GRADES,
  HEALTH_STATUSES,
  LABOUR_STATUSES,
  SCHOOL_STAGES,
  type HouseholdRelation,
} from '@rules/households';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, Dialog, FormField, isChanged, useToast } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { MEMBER_RELATIONS } from './AddMemberDialog';
import { MemberActions, type MemberAction } from './MemberActions';

interface Props {
  member: HouseholdMemberRow | null;
  household: HouseholdDetail;
  canEdit: boolean;
  onClose(): void;
  onSaved(): void;
}

type Draft = { relation: HouseholdRelation } & { [K in keyof MemberFacts]: string };

const draftOf = (m: HouseholdMemberRow): Draft => ({
  relation: m.relation,
  labour: m.labour ?? '',
  health: m.health ?? '',
  disabilityCardNumber: m.disabilityCardNumber ?? '',
  disabilityGrade: m.disabilityGrade === null ? '' : String(m.disabilityGrade),
  schoolStage: m.schoolStage ?? '',
});

const orNull = <T extends string>(value: string) => (value === '' ? null : (value as T));

export function MemberDialog({ member, household, canEdit, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const d = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.member.${key}`, values);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [action, setAction] = useState<MemberAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [history] = useLoad(
    () => (member ? call('households.members.history', { personId: member.personId }) : Promise.resolve([])),
    [member],
  );
  useEffect(() => {
    setDraft(member && draftOf(member));
    setAction(null);
    setError(null);
  }, [member]);
  if (!member || !draft) return null;
  const current = member.toDate === null;
  const editable = canEdit && current;
  const isHead = member.relation === 'self';
  const set = (key: keyof Draft, value: string) =>
    setDraft(
      (now) =>
        now && {
          ...now,
          [key]: value,
          ...(key === 'health' && value !== 'disabled' ? { disabilityCardNumber: '', disabilityGrade: '' } : {}),
        },
    );

  const save = async () => {
    const facts = {
      labour: orNull<NonNullable<MemberFacts['labour']>>(draft.labour),
      health: orNull<NonNullable<MemberFacts['health']>>(draft.health),
      disabilityCardNumber: draft.disabilityCardNumber.trim() || null,
      disabilityGrade: draft.disabilityGrade === '' ? null : Number(draft.disabilityGrade),
      schoolStage: orNull<NonNullable<MemberFacts['schoolStage']>>(draft.schoolStage),
    };
    const check = checkMemberFacts(facts);
    if (!check.ok) return setError(t(`errors.${check.code}`));
    setBusy(true);
    setError(null);
    try {
      let rowVersion = member.rowVersion;
      const { relation, ...typed } = draft;
      const { relation: _was, ...stored } = draftOf(member);
      if (isChanged(typed, stored)) {
        const saved = await call('households.members.saveFacts', {
          membershipId: member.membershipId,
          rowVersion,
          ...facts,
        });
        rowVersion = saved.members.find((m) => m.membershipId === member.membershipId)?.rowVersion ?? rowVersion;
      }
      if (relation !== member.relation)
        await call('households.members.setRelation', { membershipId: member.membershipId, rowVersion, relation });
      toast.show(d('saved', { name: member.name }), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const disabled = draft.health === 'disabled';
  const select = (key: keyof Draft, list: readonly (string | number)[], prefix: string, label: string, off = false) => (
    <FormField label={label}>
      <select value={draft[key]} disabled={!editable || off} onChange={(e) => set(key, e.target.value)}>
        <option value="">{d('notGiven')}</option>
        {list.map((value) => (
          <option key={value} value={String(value)}>
            {t(`households.${prefix}.${value}`)}
          </option>
        ))}
      </select>
    </FormField>
  );
  const actions = editable && (
    <>
      {!isHead && <Button onClick={() => setAction('head')}>{d('setHead')}</Button>}
      {!isHead && <Button onClick={() => setAction('move')}>{d('move')}</Button>}
      {!isHead && <Button onClick={() => setAction('leave')}>{d('leave')}</Button>}
      <Button variant="danger" onClick={() => setAction('void')}>
        {d('void')}
      </Button>
    </>
  );

  return (
    <>
      <Dialog
        open={action === null}
        title={d('title', { name: member.name, number: household.number })}
        onClose={onClose}
        onSubmit={editable ? save : undefined}
        submitLabel={t('common.save')}
        busy={busy}
        error={error}
        dirty={isChanged(draft, draftOf(member))}
        width="large"
        extraActions={actions}
      >
        <div className="hh-form">
          <p className="hh-member-line">
            <b>{member.name}</b>　<span className="mono">{member.idNumber}</span>
            {member.birthDate && `　${d('born', { date: member.birthDate })}`}
            {!current && `　${d('leftOn', { date: member.toDate, reason: member.endReason ?? '' })}`}
          </p>
          {isHead && current && <p className="muted">{d('headNote')}</p>}
          <div className="hh-form-row">
            <FormField label={d('relation')} required>
              <select
                value={draft.relation}
                disabled={!editable || isHead}
                onChange={(e) => set('relation', e.target.value)}
              >
                {(isHead ? (['self'] as const) : MEMBER_RELATIONS).map((r) => (
                  <option key={r} value={r}>
                    {t(`households.relation.${r}`)}
                  </option>
                ))}
              </select>
            </FormField>
            {select('labour', LABOUR_STATUSES, 'labour', d('labour'))}
            {select('schoolStage', SCHOOL_STAGES, 'school', d('school'))}
          </div>
          <div className="hh-form-row">
            {select('health', HEALTH_STATUSES, 'health', d('health'))}
            <FormField label={d('disabilityCard')} hint={disabled ? undefined : d('disabledOnly')}>
              <input
                type="text"
                value={draft.disabilityCardNumber}
                disabled={!editable || !disabled}
                maxLength={FIELD_LIMITS.household_members.disabilityCardNumber}
                onChange={(e) => set('disabilityCardNumber', e.target.value)}
              />
            </FormField>
            {select('disabilityGrade', DISABILITY_GRADES, 'grade', d('disabilityGrade'), !disabled)}
          </div>
          <section aria-label={d('history')}>
            <h3 className="hh-subhead">{d('history')}</h3>
            <ul className="hh-history">
              {(history ?? []).map((spell) => (
                <li key={`${spell.householdId}-${spell.fromDate}`}>
                  {d(spell.toDate ? 'spellEnded' : 'spellOpen', {
                    number: spell.number,
                    head: spell.headName,
                    relation: t(`households.relation.${spell.relation}`),
                    from: spell.fromDate,
                    to: spell.toDate,
                    reason: spell.endReason ?? '',
                  })}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </Dialog>
      <MemberActions
        action={action}
        member={member}
        household={household}
        onClose={() => setAction(null)}
        onDone={onSaved}
      />
    </>
  );
}
