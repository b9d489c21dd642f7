// What a clerk does to a current member beyond their facts: 设为户主 (the former head keeps a relation chosen here),
// 迁往他户 (a household found by its head or number; the membership here ends that day and one there begins, both
// kept), 迁出 (left on a day, with why: 去世, 婚出, 外迁 ...) and 作废 (a membership entered by mistake).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '@api/limits';
import type { HouseholdDetail, HouseholdMemberRow, HouseholdRow } from '@core/households/roster/contract';
import type { HouseholdRelation } from '@rules/households';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, DateInput, Dialog, FormField, ReasonDialog, useToast } from '../../../ui';
import { SearchPick } from '../../../ui/SearchPick';
import { today } from '../../stock/useRefs';
import { MEMBER_RELATIONS } from './AddMemberDialog';

export type MemberAction = 'head' | 'move' | 'leave' | 'void';

interface Props {
  action: MemberAction | null;
  member: HouseholdMemberRow;
  household: HouseholdDetail;
  onClose(): void;
  onDone(): void;
}

export function MemberActions({ action, member, household, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const a = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.memberAction.${key}`, values);
  const [relation, setRelation] = useState<HouseholdRelation>('spouse');
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState<HouseholdRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setRelation(action === 'head' ? 'spouse' : member.relation === 'self' ? 'other' : member.relation);
    setDate(today());
    setReason('');
    setTarget(null);
    setError(null);
  }, [action, member]);

  if (action === 'void')
    return (
      <ReasonDialog
        open
        title={a('voidTitle', { name: member.name })}
        message={a('voidMessage')}
        reasonLabel={a('reason')}
        submitLabel={a('void')}
        onClose={onClose}
        onSubmit={async (why) => {
          await call('households.members.void', { membershipId: member.membershipId, reason: why });
          toast.show(a('voided', { name: member.name }), 'success');
          onDone();
        }}
      />
    );
  if (action === null) return null;

  const run = async () => {
    if (action === 'move' && !target) return setError(a('pickHousehold'));
    if (action === 'leave' && !reason.trim()) return setError(t('common.reasonRequired', { label: a('leaveReason') }));
    setBusy(true);
    setError(null);
    try {
      if (action === 'head')
        await call('households.members.setHead', {
          householdId: household.id,
          rowVersion: household.rowVersion,
          personId: member.personId,
          formerHeadRelation: relation,
        });
      else if (action === 'move')
        await call('households.members.move', {
          personId: member.personId,
          toHouseholdId: target!.id,
          relation,
          date,
          reason: reason.trim() || null,
        });
      else
        await call('households.members.remove', {
          membershipId: member.membershipId,
          rowVersion: member.rowVersion,
          date,
          reason: reason.trim(),
        });
      toast.show(a(`${action}Done`, { name: member.name, number: target?.number ?? household.number }), 'success');
      onDone();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const head = household.members.find((m) => m.relation === 'self');
  const findHousehold = async (search: string) =>
    (await call('households.list', { search, offset: 0, limit: 8 })).rows.filter((h) => h.id !== household.id);

  return (
    <Dialog
      open
      title={a(`${action}Title`, { name: member.name, number: household.number })}
      onClose={onClose}
      onSubmit={run}
      submitLabel={a(action)}
      busy={busy}
      error={error}
      dirty={reason !== '' || target !== null}
      width={action === 'move' ? 'large' : 'medium'}
    >
      <div className="hh-form">
        {action === 'head' && <p>{a('headNote', { name: member.name, head: head?.name ?? '' })}</p>}
        {action === 'move' &&
          (target ? (
            <div className="vol-person-chosen">
              <span>{a('target', { number: target.number, head: target.headName, place: target.village ?? '' })}</span>
              <Button onClick={() => setTarget(null)}>{a('change')}</Button>
            </div>
          ) : (
            <SearchPick<HouseholdRow>
              label={a('findHousehold')}
              findLabel={t('volunteers.form.find')}
              noneText={a('noHousehold')}
              search={findHousehold}
              chip={(h) => ({ key: h.id, text: `${h.number} ${h.headName} ${h.village ?? ''}` })}
              onChoose={setTarget}
            />
          ))}
        {action !== 'leave' && (
          <FormField
            label={action === 'head' ? a('formerHeadRelation', { name: head?.name ?? '' }) : a('relation')}
            required
          >
            <select value={relation} onChange={(e) => setRelation(e.target.value as HouseholdRelation)}>
              {MEMBER_RELATIONS.map((r) => (
                <option key={r} value={r}>
                  {t(`households.relation.${r}`)}
                </option>
              ))}
            </select>
          </FormField>
        )}
        {action !== 'head' && (
          <>
            <FormField label={a(action === 'move' ? 'moveDate' : 'leaveDate')} required>
              <DateInput value={date} onValue={setDate} />
            </FormField>
            <FormField label={a(action === 'move' ? 'moveReason' : 'leaveReason')} required={action === 'leave'}>
              <input
                type="text"
                value={reason}
                maxLength={REASON_MAX}
                placeholder={action === 'leave' ? a('leaveExamples') : undefined}
                onChange={(e) => setReason(e.target.value)}
              />
            </FormField>
          </>
        )}
      </div>
    </Dialog>
  );
}
