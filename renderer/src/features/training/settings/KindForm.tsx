// 培训类别 form: a kind's hours, validity, renewal grace, pass mark, skills and absence limit (and for a new
// kind its type and, for a renewal, the certified kind it renews).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingKindRow } from '@core/training/kinds/contract';
import { errorText } from '@renderer/i18n';
import { Dialog, FormField, isChanged } from '@renderer/ui';
import { TRAINING_KIND_CATEGORIES, type TrainingKindCategory } from '@rules/training/kinds';
import { trainingCall } from '../api';

const NUMBERS = ['nominalHours', 'validityMonths', 'renewalGraceMonths', 'passMark', 'absenceLimitHours'] as const;
type NumberField = (typeof NUMBERS)[number];
type Draft = Record<NumberField, string> & {
  name: string;
  skills: string;
  category: TrainingKindCategory;
  renewsKindId: string;
  qualifiesInstructors: boolean;
};

const draftOf = (kind: TrainingKindRow | null): Draft => ({
  name: kind?.name ?? '',
  category: kind?.category ?? 'certified',
  renewsKindId: kind?.renewsKindId ?? '',
  nominalHours: String(kind?.nominalHours ?? 8),
  validityMonths: String(kind?.validityMonths ?? 36),
  renewalGraceMonths: String(kind?.renewalGraceMonths ?? 12),
  passMark: String(kind?.passMark ?? 80),
  absenceLimitHours: String(kind?.absenceLimitHours ?? 4),
  skills: (kind?.skills ?? []).join('、'),
  qualifiesInstructors: kind?.qualifiesInstructors ?? false,
});

interface Props {
  open: boolean;
  kind: TrainingKindRow | null;
  kinds: TrainingKindRow[];
  onClose(): void;
  onSaved(): void;
}

export function KindForm({ open, kind, kinds, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(null));
  const [start, setStart] = useState(() => draftOf(null));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setDraft(draftOf(kind));
    setStart(draftOf(kind));
    setError(null);
  }, [open, kind]);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async () => {
    const numbers = Object.fromEntries(NUMBERS.map((f) => [f, Number(draft[f].trim())])) as Record<NumberField, number>;
    if (!draft.name.trim() || NUMBERS.some((f) => !/^\d+$/.test(draft[f].trim()))) {
      setError(t('errors.INPUT_INVALID'));
      return;
    }
    const patch = {
      name: draft.name.trim(),
      ...numbers,
      skills: draft.skills.split(/[、,，;；\s]+/).filter(Boolean),
      qualifiesInstructors: draft.qualifiesInstructors,
    };
    setBusy(true);
    setError(null);
    try {
      if (kind) await trainingCall('training.kinds.update', { id: kind.id, rowVersion: kind.rowVersion, patch });
      else
        await trainingCall('training.kinds.create', {
          ...patch,
          category: draft.category,
          renewsKindId: draft.category === 'renewal' ? draft.renewsKindId || null : null,
        });
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={kind ? kind.name : t('training.settings.addKind')}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      width="medium"
      submitLabel={t('common.save')}
      dirty={isChanged(draft, start)}
    >
      <div className="record-form">
        <FormField label={t('training.settings.kindName')} required>
          <input type="text" value={draft.name} maxLength={50} onChange={(e) => set({ name: e.target.value })} />
        </FormField>
        {!kind && (
          <FormField label={t('training.settings.category')} required>
            <select value={draft.category} onChange={(e) => set({ category: e.target.value as TrainingKindCategory })}>
              {TRAINING_KIND_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`training.category.${c}`)}
                </option>
              ))}
            </select>
          </FormField>
        )}
        {!kind && draft.category === 'renewal' && (
          <FormField label={t('training.settings.renews')} required>
            <select value={draft.renewsKindId} onChange={(e) => set({ renewsKindId: e.target.value })}>
              <option value="">{t('training.course.choose')}</option>
              {kinds
                .filter((k) => k.category === 'certified')
                .map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.name}
                  </option>
                ))}
            </select>
          </FormField>
        )}
        {NUMBERS.map((field) => (
          <FormField key={field} label={t(`training.settings.${field}`)} required>
            <input
              type="text"
              inputMode="numeric"
              maxLength={4}
              value={draft[field]}
              onChange={(e) => set({ [field]: e.target.value })}
            />
          </FormField>
        ))}
        <FormField
          label={t('training.settings.skills')}
          hint={t('training.settings.skillsHint')}
          className="record-form-wide"
        >
          <input type="text" value={draft.skills} maxLength={200} onChange={(e) => set({ skills: e.target.value })} />
        </FormField>
        {(kind?.category ?? draft.category) === 'certified' && (
          <label className="check">
            <input
              type="checkbox"
              checked={draft.qualifiesInstructors}
              onChange={(e) => set({ qualifiesInstructors: e.target.checked })}
            />
            {t('training.settings.qualifiesInstructors')}
          </label>
        )}
      </div>
    </Dialog>
  );
}
