// 添加学员: find people in the registry (name, pinyin, ID tail) and tick many, or paste/scan ID numbers one per
// line (numbers naming nobody are listed back with their line). Those already on the course cannot be ticked.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ID_LIST_MAX } from '@api/limits';
import type { TraineeCandidates, TraineesAdded } from '@core/training/courses/contract';
import { errorText } from '@renderer/i18n';
import { Button, Dialog } from '@renderer/ui';
import { trainingCall } from '../api';

interface Props {
  open: boolean;
  courseId: string;
  onClose(): void;
  onAdded(result: TraineesAdded): void;
}

export function TraineePicker({ open, courseId, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [pasted, setPasted] = useState('');
  const [found, setFound] = useState<TraineeCandidates | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setSearch('');
    setPasted('');
    setFound(null);
    setChosen(new Set());
    setError(null);
  }, [open]);

  const find = async (query: { search?: string; idNumbers?: string }) => {
    setError(null);
    try {
      const result = await trainingCall('training.courses.candidates', { courseId, ...query });
      setFound(result);
      if (query.idNumbers) setChosen(new Set(result.candidates.filter((c) => !c.enrolled).map((c) => c.personId)));
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  const add = async () => {
    if (chosen.size === 0) return;
    setBusy(true);
    setError(null);
    try {
      onAdded(await trainingCall('training.courses.addTrainees', { courseId, personIds: [...chosen] }));
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (personId: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(personId)) next.add(personId);
      return next;
    });
  const selectable = found?.candidates.filter((c) => !c.enrolled) ?? [];

  return (
    <Dialog
      open={open}
      title={t('training.trainees.add')}
      onClose={onClose}
      onSubmit={add}
      busy={busy}
      error={error}
      width="large"
      submitLabel={t('training.trainees.addChosen', { count: chosen.size })}
      dirty={chosen.size > 0 || pasted.trim() !== ''}
    >
      <div className="trainee-picker">
        <div className="trainee-picker-find">
          <input
            type="search"
            aria-label={t('training.trainees.search')}
            placeholder={t('training.trainees.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              event.stopPropagation();
              void find({ search });
            }}
          />
          <Button onClick={() => void find({ search })}>{t('training.trainees.find')}</Button>
        </div>
        <textarea
          aria-label={t('training.trainees.paste')}
          placeholder={t('training.trainees.paste')}
          rows={3}
          maxLength={ID_LIST_MAX}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && event.stopPropagation()}
        />
        <Button onClick={() => void find({ idNumbers: pasted })} disabled={!pasted.trim()}>
          {t('training.trainees.find')}
        </Button>
        {found?.unmatched.map((u) => (
          <p key={`${u.line}-${u.text}`} className="field-error">
            {t('training.trainees.unmatched', {
              line: u.line,
              text: u.text,
              reason: u.code === 'PERSON_NOT_FOUND' ? t('training.trainees.notFound') : t(`errors.${u.code}`),
            })}
          </p>
        ))}
        {found?.truncated && (
          <p className="muted">{t('training.trainees.truncated', { count: found.candidates.length })}</p>
        )}
        {found && found.candidates.length === 0 && <p className="muted">{t('training.trainees.noResults')}</p>}
        {found && found.candidates.length > 0 && (
          <div className="trainee-picker-list">
            <label className="check">
              <input
                type="checkbox"
                checked={selectable.length > 0 && selectable.every((c) => chosen.has(c.personId))}
                onChange={(event) =>
                  setChosen(event.target.checked ? new Set(selectable.map((c) => c.personId)) : new Set())
                }
              />
              {t('training.course.all')}
            </label>
            {found.candidates.map((person) => (
              <label key={person.personId} className="check">
                <input
                  type="checkbox"
                  disabled={person.enrolled}
                  checked={person.enrolled || chosen.has(person.personId)}
                  onChange={() => toggle(person.personId)}
                />
                {person.name}　<span className="mono">{person.idNumber}</span>　{person.workUnit ?? ''}
                {person.enrolled && <span className="muted">（{t('training.trainees.enrolled')}）</span>}
              </label>
            ))}
          </div>
        )}
      </div>
    </Dialog>
  );
}
