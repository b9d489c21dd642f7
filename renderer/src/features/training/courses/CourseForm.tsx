// 新建/修改培训班: kind, title, dates and half-day sessions, where (venue, township, village, 五进 sector), who
// (host unit, instructors from the registry), capacity, funding, and for 普及 a head count instead of trainees.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '@api/dates';
import { FIELD_LIMITS } from '@api/limits';
import type { CourseDetail } from '@core/training/courses/contract';
import type { TrainingKindRow } from '@core/training/kinds/contract';
import { errorText } from '@renderer/i18n';
import { DateInput, Dialog, FormField, isChanged } from '@renderer/ui';
import { TRAINING_SECTORS, type TrainingSector } from '@rules/training/kinds';
import { trainingCall } from '../api';
import { PersonSearch, type PickedPerson } from './PersonSearch';

interface Props {
  open: boolean;
  detail: CourseDetail | null;
  kinds: TrainingKindRow[];
  onClose(): void;
  onSaved(detail: CourseDetail): void;
}

const L = FIELD_LIMITS.training_courses;
type TextField = 'title' | 'venue' | 'township' | 'village' | 'hostUnit' | 'fundingSource' | 'notes';
type Draft = Record<TextField, string> & {
  kindId: string;
  startDate: string;
  endDate: string;
  sessions: string;
  sector: TrainingSector | '';
  capacity: string;
  headCount: string;
};

function draftOf(detail: CourseDetail | null): Draft {
  const c = detail?.course;
  return {
    kindId: c?.kindId ?? '',
    title: c?.title ?? '',
    startDate: c?.startDate ?? '',
    endDate: c?.endDate ?? '',
    sessions: String(c?.sessions ?? 4),
    venue: c?.venue ?? '',
    township: c?.township ?? '',
    village: c?.village ?? '',
    sector: c?.sector ?? '',
    hostUnit: c?.hostUnit ?? '',
    capacity: c?.capacity == null ? '' : String(c.capacity),
    fundingSource: c?.fundingSource ?? '',
    headCount: c?.headCount == null ? '' : String(c.headCount),
    notes: c?.notes ?? '',
  };
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

export function CourseForm({ open, detail, kinds, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(null));
  const [start, setStart] = useState<Draft>(() => draftOf(null));
  const [instructors, setInstructors] = useState<PickedPerson[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setDraft(draftOf(detail));
    setStart(draftOf(detail));
    setInstructors(detail?.instructors.map(({ personId, name }) => ({ personId, name })) ?? []);
    setError(null);
  }, [open, detail]);

  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const kind = kinds.find((k) => k.id === draft.kindId);

  const submit = async () => {
    const sessions = wholeNumber(draft.sessions);
    if (!draft.kindId || !draft.title.trim() || !isIsoDate(draft.startDate) || !isIsoDate(draft.endDate)) {
      setError(t('errors.COURSE_INVALID'));
      return;
    }
    if (!draft.sector || !sessions) {
      setError(t('errors.INPUT_INVALID'));
      return;
    }
    const text = (field: TextField) => draft[field].trim() || null;
    const input = {
      kindId: draft.kindId,
      title: draft.title.trim(),
      startDate: draft.startDate,
      endDate: draft.endDate,
      sessions,
      venue: text('venue'),
      township: text('township'),
      village: text('village'),
      sector: draft.sector,
      hostUnit: text('hostUnit'),
      capacity: wholeNumber(draft.capacity) || null,
      fundingSource: text('fundingSource'),
      headCount: kind?.category === 'popular' ? wholeNumber(draft.headCount) : null,
      notes: text('notes'),
      instructorIds: instructors.map((i) => i.personId),
    };
    setBusy(true);
    setError(null);
    try {
      onSaved(
        detail
          ? await trainingCall('training.courses.update', {
              id: detail.course.id,
              rowVersion: detail.course.rowVersion,
              patch: input,
            })
          : await trainingCall('training.courses.create', input),
      );
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const textInput = (field: TextField, max: number, wide = false) => (
    <FormField
      label={t(`training.course.${field === 'title' ? 'name' : field}`)}
      required={field === 'title'}
      className={wide ? 'record-form-wide' : undefined}
    >
      <input
        type="text"
        value={draft[field]}
        maxLength={max}
        onChange={(event) => set({ [field]: event.target.value })}
      />
    </FormField>
  );

  return (
    <Dialog
      open={open}
      title={detail ? `${t('training.course.edit')} · ${detail.course.number}` : t('training.course.add')}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      width="large"
      submitLabel={t('common.save')}
      dirty={isChanged(draft, start) || instructors.length !== (detail?.instructors.length ?? 0)}
    >
      <div className="record-form">
        <FormField label={t('training.course.kind')} required>
          <select value={draft.kindId} onChange={(event) => set({ kindId: event.target.value })}>
            <option value="">{t('training.course.choose')}</option>
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </FormField>
        {textInput('title', L.title, true)}
        <FormField label={t('training.course.startDate')} required>
          <DateInput value={draft.startDate} onValue={(startDate) => set({ startDate })} />
        </FormField>
        <FormField label={t('training.course.endDate')} required>
          <DateInput value={draft.endDate} onValue={(endDate) => set({ endDate })} />
        </FormField>
        <FormField label={t('training.course.sessions')} required>
          <input
            type="text"
            inputMode="numeric"
            value={draft.sessions}
            maxLength={3}
            onChange={(e) => set({ sessions: e.target.value })}
          />
        </FormField>
        <FormField label={t('training.course.sector')} required>
          <select value={draft.sector} onChange={(event) => set({ sector: event.target.value as TrainingSector })}>
            <option value="">{t('training.course.choose')}</option>
            {TRAINING_SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {t(`training.sector.${sector}`)}
              </option>
            ))}
          </select>
        </FormField>
        {textInput('venue', L.venue)}
        {textInput('township', L.township)}
        {textInput('village', L.village)}
        {textInput('hostUnit', L.hostUnit)}
        <FormField label={t('training.course.capacity')}>
          <input
            type="text"
            inputMode="numeric"
            value={draft.capacity}
            maxLength={6}
            onChange={(e) => set({ capacity: e.target.value })}
          />
        </FormField>
        {textInput('fundingSource', L.fundingSource)}
        {kind?.category === 'popular' && (
          <FormField label={t('training.course.headCount')}>
            <input
              type="text"
              inputMode="numeric"
              value={draft.headCount}
              maxLength={8}
              onChange={(e) => set({ headCount: e.target.value })}
            />
          </FormField>
        )}
      </div>
      <fieldset>
        <legend>{t('training.course.instructors')}</legend>
        <div className="chips">
          {instructors.map((person) => (
            <button
              key={person.personId}
              type="button"
              className="chip chip-chosen"
              onClick={() => setInstructors((current) => current.filter((p) => p.personId !== person.personId))}
            >
              {person.name} ×
            </button>
          ))}
        </div>
        <PersonSearch
          label={t('training.course.instructors')}
          onPick={(person) =>
            setInstructors((current) =>
              current.some((p) => p.personId === person.personId) ? current : [...current, person],
            )
          }
        />
      </fieldset>
    </Dialog>
  );
}
