// The new volunteer's person: found in the registry by name, pinyin or ID number tail (Enter searches, each match
// is a button), or registered on the spot (the caller opens the registry's own person form).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '@core/people/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button } from '../../../ui';

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
  const [text, setText] = useState('');
  const [found, setFound] = useState<PersonRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = async () => {
    setError(null);
    try {
      setFound(await find(text.trim()));
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  if (chosen)
    return (
      <div className="vol-person-chosen">
        <span>{t('volunteers.form.chosen', { name: chosen.name, idNumber: chosen.idNumber })}</span>
        <Button onClick={() => onChoose(null)}>{t('volunteers.form.change')}</Button>
      </div>
    );
  return (
    <div className="person-search">
      <input
        type="search"
        aria-label={t('volunteers.form.findPerson')}
        placeholder={t('volunteers.form.findPerson')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          event.stopPropagation();
          void search();
        }}
      />
      <Button onClick={() => void search()}>{t('volunteers.form.find')}</Button>
      <Button onClick={onRegister}>{t('volunteers.form.newPerson')}</Button>
      {error && <span className="field-error">{error}</span>}
      {found && (
        <div className="person-search-results">
          {found.length === 0 && <span className="muted">{t('volunteers.form.noPeople')}</span>}
          {found.map((person) => (
            <button key={person.id} type="button" className="chip" onClick={() => onChoose(person)}>
              {person.name} {person.idNumber.slice(-4)} {person.workUnit ?? ''}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
