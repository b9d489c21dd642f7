// One measure of the household (添加措施 / 修改措施): kind, project, scale, funds typed in 元 (kept in fen), start and
// end, the result and the household's signature; 作废 with a reason for one entered by mistake.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { PovertyMeasureRow } from '@core/households/poverty/contract';
import { MEASURE_KINDS, type MeasureKind } from '@rules/households';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, DateInput, Dialog, FormField, isChanged, ReasonDialog, useToast } from '../../../ui';
import { fenToYuan, yuanToFen } from '../units';

interface Props {
  open: boolean;
  householdId: string;
  measure: PovertyMeasureRow | null;
  canEdit: boolean;
  onClose(): void;
  onSaved(): void;
}

const L = FIELD_LIMITS.poverty_measures;
const draftOf = (m: PovertyMeasureRow | null) => ({
  kind: m?.kind ?? '',
  project: m?.project ?? '',
  scale: m?.scale ?? '',
  funds: m?.fundsFen === null || m?.fundsFen === undefined ? '' : fenToYuan(m.fundsFen).replace(/,/g, ''),
  startDate: m?.startDate ?? '',
  endDate: m?.endDate ?? '',
  result: m?.result ?? '',
  acknowledged: m?.acknowledged ?? false,
});
type Draft = ReturnType<typeof draftOf>;

export function MeasureDialog({ open, householdId, measure, canEdit, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const m = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.measures.${key}`, values);
  const [draft, setDraft] = useState<Draft>(() => draftOf(measure));
  const [voiding, setVoiding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setDraft(draftOf(measure));
    setError(null);
  }, [open, measure]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((now) => ({ ...now, [key]: value }));

  const save = async () => {
    const fundsFen = yuanToFen(draft.funds);
    if (!draft.project.trim()) return setError(t('errors.MEASURE_PROJECT_REQUIRED'));
    if (fundsFen === undefined) return setError(m('fundsInvalid'));
    setBusy(true);
    setError(null);
    const fields = {
      kind: (draft.kind || null) as MeasureKind | null,
      project: draft.project.trim(),
      scale: draft.scale.trim() || null,
      fundsFen,
      startDate: draft.startDate || null,
      endDate: draft.endDate || null,
      result: draft.result.trim() || null,
      acknowledged: draft.acknowledged,
    };
    try {
      if (measure)
        await call('households.measures.update', { id: measure.id, rowVersion: measure.rowVersion, patch: fields });
      else await call('households.measures.add', { householdId, ...fields });
      toast.show(m('saved', { project: fields.project }), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const text = (key: 'project' | 'scale', label: string, required = false) => (
    <FormField label={label} required={required}>
      <input
        type="text"
        value={draft[key]}
        disabled={!canEdit}
        maxLength={L[key]}
        onChange={(e) => set(key, e.target.value)}
      />
    </FormField>
  );

  return (
    <>
      <Dialog
        open={open && !voiding}
        title={measure ? m('editTitle', { project: measure.project }) : m('addTitle')}
        onClose={onClose}
        onSubmit={canEdit ? save : undefined}
        busy={busy}
        error={error}
        dirty={isChanged(draft, draftOf(measure))}
        width="large"
        extraActions={
          canEdit &&
          measure && (
            <Button variant="danger" onClick={() => setVoiding(true)}>
              {m('void')}
            </Button>
          )
        }
      >
        <div className="hh-form">
          <div className="hh-form-row">
            <FormField label={m('kind')}>
              <select value={draft.kind} disabled={!canEdit} onChange={(e) => set('kind', e.target.value)}>
                <option value="">{m('noKind')}</option>
                {MEASURE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`householdPage.measureKind.${k}`)}
                  </option>
                ))}
              </select>
            </FormField>
            {text('project', m('project'), true)}
          </div>
          <div className="hh-form-row">
            {text('scale', m('scale'))}
            <FormField label={m('fundsYuan')}>
              <input
                type="text"
                inputMode="decimal"
                value={draft.funds}
                disabled={!canEdit}
                onChange={(e) => set('funds', e.target.value)}
              />
            </FormField>
          </div>
          <div className="hh-form-row">
            <FormField label={m('startDate')}>
              <DateInput value={draft.startDate} disabled={!canEdit} onValue={(v) => set('startDate', v)} />
            </FormField>
            <FormField label={m('endDate')}>
              <DateInput value={draft.endDate} disabled={!canEdit} onValue={(v) => set('endDate', v)} />
            </FormField>
          </div>
          <FormField label={m('result')}>
            <textarea
              rows={2}
              value={draft.result}
              disabled={!canEdit}
              maxLength={L.result}
              onChange={(e) => set('result', e.target.value)}
            />
          </FormField>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.acknowledged}
              disabled={!canEdit}
              onChange={(e) => set('acknowledged', e.target.checked)}
            />
            {m('acknowledgedLong')}
          </label>
        </div>
      </Dialog>
      <ReasonDialog
        open={voiding}
        title={m('voidTitle', { project: measure?.project ?? '' })}
        reasonLabel={m('voidReason')}
        submitLabel={m('void')}
        onClose={() => setVoiding(false)}
        onSubmit={async (reason) => {
          await call('households.measures.void', { id: measure!.id, reason });
          setVoiding(false);
          onSaved();
        }}
      />
    </>
  );
}
