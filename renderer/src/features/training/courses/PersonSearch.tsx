// A search box over the people registry (name, pinyin, ID tail) whose matches are picked one by one: the
// course form's instructors. Enter searches; each match is a button.
import { useTranslation } from 'react-i18next';
import type { TraineeCandidate } from '@core/training/courses/contract';
import { SearchPick } from '@renderer/ui/SearchPick';
import { trainingCall } from '../api';

export interface PickedPerson {
  personId: string;
  name: string;
}

export function PersonSearch({ label, onPick }: { label: string; onPick(person: PickedPerson): void }) {
  const { t } = useTranslation();
  return (
    <SearchPick<TraineeCandidate>
      label={label}
      placeholder={t('training.trainees.search')}
      findLabel={t('training.trainees.find')}
      noneText={t('training.trainees.noResults')}
      search={async (text) =>
        (await trainingCall('training.courses.candidates', { search: text })).candidates.slice(0, 8)
      }
      chip={(person) => ({ key: person.personId, text: `${person.name} ${person.idNumber.slice(-4)}` })}
      onChoose={(person) => onPick({ personId: person.personId, name: person.name })}
    />
  );
}
