// A search box over the people registry (name, pinyin, ID tail) whose matches are picked one by one: the
// course form's instructors. Enter searches; each match is a button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraineeCandidate } from '@core/training/courses/contract';
import { errorText } from '@renderer/i18n';
import { Button } from '@renderer/ui';
import { trainingCall } from '../api';

export interface PickedPerson {
  personId: string;
  name: string;
}

export function PersonSearch({ label, onPick }: { label: string; onPick(person: PickedPerson): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [found, setFound] = useState<TraineeCandidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = async () => {
    setError(null);
    try {
      setFound((await trainingCall('training.courses.candidates', { search: text })).candidates.slice(0, 8));
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  return (
    <div className="person-search">
      <input
        type="search"
        aria-label={label}
        placeholder={t('training.trainees.search')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          event.stopPropagation();
          void search();
        }}
      />
      <Button onClick={() => void search()}>{t('training.trainees.find')}</Button>
      {error && <span className="field-error">{error}</span>}
      {found && (
        <div className="person-search-results">
          {found.length === 0 && <span className="muted">{t('training.trainees.noResults')}</span>}
          {found.map((person) => (
            <button
              key={person.personId}
              type="button"
              className="chip"
              onClick={() => onPick({ personId: person.personId, name: person.name })}
            >
              {person.name} {person.idNumber.slice(-4)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
