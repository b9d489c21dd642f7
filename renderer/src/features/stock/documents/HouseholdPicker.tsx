// Picks a household (its head, a person of the people registry) by name, pinyin initials or the last
// digits of the ID number; the ID stays masked as the registry shows it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_MAX } from '@api/limits';
import type { PersonRow } from '@core/people/contract';
import { call } from '@renderer/api/client';

interface Props {
  id: string;
  value: { personId: string; name: string };
  disabled: boolean;
  onChange(personId: string, name: string): void;
}

export function HouseholdPicker({ id, value, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<PersonRow[] | null>(null);

  useEffect(() => {
    if (!search.trim()) {
      setFound(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      call('people.list', { search: search.trim(), offset: 0, limit: 8 })
        .then((page) => {
          if (live) setFound(page.rows);
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search]);

  if (value.personId && !search) {
    return (
      <div className="household-chosen">
        <input id={id} type="text" readOnly value={value.name} />
        {!disabled && (
          <button type="button" className="cell-link" onClick={() => onChange('', '')}>
            {t('people.clear')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="household-picker">
      <input
        id={id}
        type="search"
        value={search}
        disabled={disabled}
        placeholder={t('stock.editor.householdSearch')}
        autoComplete="off"
        maxLength={SEARCH_MAX}
        onChange={(event) => setSearch(event.target.value)}
      />
      {found && (
        <ul className="household-results" role="listbox">
          {found.length === 0 && <li className="muted">{t('stock.editor.householdNone')}</li>}
          {found.map((person) => (
            <li key={person.id} role="option" aria-selected={false}>
              <button
                type="button"
                onClick={() => {
                  onChange(person.id, person.name);
                  setSearch('');
                }}
              >
                <b>{person.name}</b> <span className="mono">{person.idNumber}</span>{' '}
                <span className="muted">{[person.township, person.village].filter(Boolean).join(' ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
