// The poverty file's facts (扶贫手册 致贫原因与生产生活条件): main and secondary cause, the day it was identified,
// cultivated land in 亩 and housing in m² (kept in hundredths), the housing's safety grade (C and D are 危房) and
// notes; a new file also takes its first status (监测对象 with a category) and since when.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { PovertyFileRow } from '@core/households/poverty/contract';
import {
  HOUSING_SAFETY_GRADES,
  MONITORING_CATEGORIES,
  POVERTY_CAUSES,
  POVERTY_STATUSES,
  type HousingSafetyGrade,
  type MonitoringCategory,
  type PovertyCause,
  type PovertyStatus,
} from '@rules/households';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Alert, Button, DateInput, FormField, isChanged, useToast } from '../../../ui';
import { useLeaveGuard } from '../../../ui/Dialog';
import { hundredthsText, parseHundredths } from '../units';

interface Props {
  householdId: string;
  file: PovertyFileRow | null;
  canEdit: boolean;
  onSaved(): void;
}

const draftOf = (file: PovertyFileRow | null) => ({
  mainCause: file?.mainCause ?? '',
  secondaryCause: file?.secondaryCause ?? '',
  identifiedDate: file?.identifiedDate ?? '',
  land: hundredthsText(file?.landAreaHundredthsMu),
  housing: hundredthsText(file?.housingAreaHundredthsM2),
  grade: file?.housingSafetyGrade ?? '',
  notes: file?.notes ?? '',
  status: 'assisted' as PovertyStatus,
  category: '',
  statusDate: '',
});
type Draft = ReturnType<typeof draftOf>;

export function PovertyFileForm({ householdId, file, canEdit, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const p = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.poverty.${key}`, values);
  const [draft, setDraft] = useState<Draft>(() => draftOf(file));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDraft(draftOf(file)), [file]);
  const dirty = isChanged(draft, draftOf(file));
  const guard = useLeaveGuard(dirty);
  const set = (key: keyof Draft, value: string) => setDraft((now) => ({ ...now, [key]: value }));

  const save = async () => {
    const land = parseHundredths(draft.land);
    const housing = parseHundredths(draft.housing);
    if (!draft.mainCause) return setError(t('errors.POVERTY_CAUSE_REQUIRED'));
    if (land === undefined || housing === undefined) return setError(p('areaInvalid'));
    setBusy(true);
    setError(null);
    try {
      await call('households.poverty.save', {
        householdId,
        ...(file ? { rowVersion: file.rowVersion } : {}),
        mainCause: draft.mainCause as PovertyCause,
        secondaryCause: (draft.secondaryCause || null) as PovertyCause | null,
        identifiedDate: draft.identifiedDate || null,
        landAreaHundredthsMu: land,
        housingAreaHundredthsM2: housing,
        housingSafetyGrade: (draft.grade || null) as HousingSafetyGrade | null,
        notes: draft.notes.trim() || null,
        ...(file
          ? {}
          : {
              status: draft.status,
              monitoringCategory: (draft.category || null) as MonitoringCategory | null,
              statusDate: draft.statusDate || null,
            }),
      });
      toast.show(p(file ? 'saved' : 'created'), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const choice = (key: keyof Draft, label: string, list: readonly string[], prefix: string, blank?: string) => (
    <FormField label={label} required={blank === undefined}>
      <select value={draft[key]} disabled={!canEdit} onChange={(e) => set(key, e.target.value)}>
        <option value="">{blank ?? p('choose')}</option>
        {list.map((value) => (
          <option key={value} value={value}>
            {prefix === 'housingGrade' ? p(`housingGrade.${value}`) : t(`households.${prefix}.${value}`)}
          </option>
        ))}
      </select>
    </FormField>
  );
  const area = (key: 'land' | 'housing', label: string) => (
    <FormField label={label}>
      <input
        type="text"
        inputMode="decimal"
        value={draft[key]}
        disabled={!canEdit}
        onChange={(e) => set(key, e.target.value)}
      />
    </FormField>
  );

  return (
    <form
      className="hh-poverty-form"
      aria-label={p('fileTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {error && <Alert>{error}</Alert>}
      <div className="hh-form-row">
        {choice('mainCause', p('mainCause'), POVERTY_CAUSES, 'cause')}
        {choice('secondaryCause', p('secondaryCause'), POVERTY_CAUSES, 'cause', p('none'))}
        <FormField label={p('identifiedDate')}>
          <DateInput value={draft.identifiedDate} onValue={(v) => set('identifiedDate', v)} disabled={!canEdit} />
        </FormField>
      </div>
      <div className="hh-form-row">
        {area('land', p('land'))}
        {area('housing', p('housing'))}
        {choice('grade', p('housingSafety'), HOUSING_SAFETY_GRADES, 'housingGrade', p('notAssessed'))}
      </div>
      {!file && (
        <div className="hh-form-row">
          {choice('status', p('status'), POVERTY_STATUSES, 'status')}
          {draft.status === 'monitored' ? (
            choice('category', p('category'), MONITORING_CATEGORIES, 'monitoring')
          ) : (
            <span />
          )}
          <FormField label={p('statusDate')}>
            <DateInput value={draft.statusDate} onValue={(v) => set('statusDate', v)} />
          </FormField>
        </div>
      )}
      <FormField label={p('notes')}>
        <textarea
          rows={2}
          value={draft.notes}
          disabled={!canEdit}
          maxLength={FIELD_LIMITS.poverty_files.notes}
          onChange={(e) => set('notes', e.target.value)}
        />
      </FormField>
      {canEdit && (
        <div className="hh-form-actions">
          <Button type="submit" variant="primary" busy={busy} disabled={!dirty}>
            {p(file ? 'save' : 'create')}
          </Button>
          {dirty && <span className="muted">{p('unsaved')}</span>}
        </div>
      )}
      {guard}
    </form>
  );
}
