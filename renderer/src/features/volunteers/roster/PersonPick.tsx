// The new volunteer's person: found in the registry by name, pinyin or ID number tail (Enter searches, each match
// is a button), or registered on the spot (the caller opens the registry's own person form).
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '@core/people/contract';
import { call } from '../../../api/client';
import { Button } from '../../../ui';
import { SearchPick } from '../../../ui/SearchPick';

interface Props {
  chosen: PersonRow | null;
  onChoose(person: PersonRow | null): void;
  /** Opens the registry's person form (beside, not inside, the volunteer form). */
  onRegister(): void;
  /** How people are looked up (default: the registry's own list; the 三献 register has its own door). */
  find?(search: string): Promise<PersonRow[]>;
}

const findInRegistry = async (search: string) => (await call('people.list', { search, offset: 0, limit: 8 })).rows;

export function PersonPick({ chosen, onChoose, onRegister, find = findInRegistry }: Props) {
  const { t } = useTranslation();
  if (chosen)
    return (
      <div className="vol-person-chosen">
        <span>{t('volunteers.form.chosen', { name: chosen.name, idNumber: chosen.idNumber })}</span>
        <Button onClick={() => onChoose(null)}>{t('volunteers.form.change')}</Button>
      </div>
    );
  return (
    <SearchPick<PersonRow>
      label={t('volunteers.form.findPerson')}
      findLabel={t('volunteers.form.find')}
      noneText={t('volunteers.form.noPeople')}
      search={find}
      chip={(person) => ({
        key: person.id,
        text: `${person.name} ${person.idNumber.slice(-4)} ${person.workUnit ?? ''}`,
      })}
      onChoose={onChoose}
    >
      <Button onClick={onRegister}>{t('volunteers.form.newPerson')}</Button>
    </SearchPick>
  );
}
