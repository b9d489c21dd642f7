// The member form's own fields: a youth member's school and class (offered from the classes already on the
// roster), a unit's name, credit code, headcount and contact, and for every kind the card number (empty: the next
// number), join date, approving unit and notes.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { MemberFacets, MemberRow } from '@core/members/roster/contract';
import type { MemberKind } from '@rules/members';
import { DateInput, FormField } from '../../../ui';
import { today } from '../../stock/useRefs';

const L = FIELD_LIMITS.members;

export interface MemberDraft {
  kind: MemberKind;
  cardNumber: string;
  joinDate: string;
  approvingUnit: string;
  unitName: string;
  creditCode: string;
  headcount: string;
  contactName: string;
  contactPhone: string;
  school: string;
  className: string;
  notes: string;
}

export function memberDraftOf(row: MemberRow | null, kind: MemberKind = 'individual'): MemberDraft {
  return {
    kind: row?.kind ?? kind,
    cardNumber: row?.cardNumber ?? '',
    joinDate: row?.joinDate ?? today(),
    approvingUnit: row?.approvingUnit ?? '',
    unitName: row?.unitName ?? '',
    creditCode: row?.creditCode ?? '',
    headcount: row?.headcount === null || row?.headcount === undefined ? '' : String(row.headcount),
    contactName: row?.contactName ?? '',
    contactPhone: row?.contactPhone ?? '',
    school: row?.school ?? '',
    className: row?.className ?? '',
    notes: row?.notes ?? '',
  };
}

/** The fields the core takes, blanks as null. */
export function memberFieldsOf(draft: MemberDraft) {
  const text = (value: string) => value.trim() || null;
  const headcount = draft.headcount.trim() ? Number(draft.headcount.trim()) : null;
  return {
    cardNumber: text(draft.cardNumber),
    joinDate: draft.joinDate,
    approvingUnit: text(draft.approvingUnit),
    notes: text(draft.notes),
    ...(draft.kind === 'youth' ? { school: text(draft.school), className: text(draft.className) } : {}),
    ...(draft.kind === 'group'
      ? {
          unitName: text(draft.unitName),
          creditCode: text(draft.creditCode),
          headcount: Number.isSafeInteger(headcount) ? headcount : null,
          contactName: text(draft.contactName),
          contactPhone: text(draft.contactPhone),
        }
      : {}),
  };
}

interface Props {
  draft: MemberDraft;
  facets: MemberFacets | null;
  set<K extends keyof MemberDraft>(key: K): (value: MemberDraft[K]) => void;
}

export function MemberFields({ draft, facets, set }: Props) {
  const { t } = useTranslation();
  const schoolsId = useId();
  const classesId = useId();
  const f = (key: string) => t(`members.field.${key}`);
  const input = (key: keyof MemberDraft, max: number, inputMode?: 'tel') => (
    <input
      type="text"
      inputMode={inputMode}
      value={draft[key]}
      maxLength={max}
      onChange={(event) => set(key)(event.target.value)}
    />
  );
  const classes = facets?.schools.find((s) => s.school === draft.school.trim())?.classes ?? [];
  return (
    <>
      {draft.kind === 'youth' && (
        <div className="mem-form-row">
          <FormField label={f('school')}>
            <input
              type="text"
              list={schoolsId}
              value={draft.school}
              maxLength={L.school}
              onChange={(event) => set('school')(event.target.value)}
            />
          </FormField>
          <FormField label={f('className')}>
            <input
              type="text"
              list={classesId}
              value={draft.className}
              maxLength={L.className}
              onChange={(event) => set('className')(event.target.value)}
            />
          </FormField>
          <datalist id={schoolsId}>
            {facets?.schools.map((s) => (
              <option key={s.school} value={s.school} />
            ))}
          </datalist>
          <datalist id={classesId}>
            {classes.map((c) => (
              <option key={c.className} value={c.className} />
            ))}
          </datalist>
        </div>
      )}
      {draft.kind === 'group' && (
        <>
          <FormField label={f('unitName')} required>
            {input('unitName', L.unitName)}
          </FormField>
          <div className="mem-form-row">
            <FormField label={f('creditCode')} hint={t('members.form.creditCodeHint')}>
              {input('creditCode', L.creditCode)}
            </FormField>
            <FormField label={f('headcount')} required hint={t('members.form.headcountHint')}>
              <input
                type="text"
                inputMode="numeric"
                value={draft.headcount}
                maxLength={8}
                onChange={(event) => set('headcount')(event.target.value)}
              />
            </FormField>
          </div>
          <div className="mem-form-row">
            <FormField label={f('contactName')}>{input('contactName', L.contactName)}</FormField>
            <FormField label={f('contactPhone')}>{input('contactPhone', L.contactPhone, 'tel')}</FormField>
          </div>
        </>
      )}
      <div className="mem-form-row">
        <FormField label={f('cardNumber')} hint={t('members.form.cardHint')}>
          {input('cardNumber', L.cardNumber)}
        </FormField>
        <FormField label={f('joinDate')} required>
          <DateInput value={draft.joinDate} onValue={set('joinDate')} />
        </FormField>
        <FormField label={f('approvingUnit')}>{input('approvingUnit', L.approvingUnit)}</FormField>
      </div>
      <FormField label={f('notes')}>{input('notes', L.notes)}</FormField>
    </>
  );
}
