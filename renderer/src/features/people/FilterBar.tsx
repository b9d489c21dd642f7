// The filter bar over the grid: search (name, pinyin, initials, ID tail, mobile), township and village
// from people.facets, gender, and the 显示已作废 toggle. The search is sent 200 ms after the last key.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_MAX } from '@api/limits';
import { call } from '../../api/client';
import { Button } from '../../ui';
import { hasFilters, NO_FILTERS, type PeopleFilters } from './query';

export const SEARCH_DEBOUNCE_MS = 200;

interface Props {
  filters: PeopleFilters;
  onChange(filters: PeopleFilters): void;
  /** Bumped when people were added or changed, so the township lists are read again. */
  facetsVersion: number;
  /** In the city: the offices whose people are here, by code (null: no office filter). */
  offices: Record<string, string> | null;
}

export function FilterBar({ filters, onChange, facetsVersion, offices }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.search);
  const [facets, setFacets] = useState<{ townships: string[]; villages: string[] }>({ townships: [], villages: [] });

  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => onChange({ ...filters, search }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, filters, onChange]);

  useEffect(() => {
    let current = true;
    call('people.facets', filters.township ? { township: filters.township } : {})
      .then((result) => {
        if (current) setFacets(result);
      })
      .catch(() => undefined); // the lists stay as they were; the grid reports errors
    return () => {
      current = false;
    };
  }, [filters.township, facetsVersion]);

  const set = (patch: Partial<PeopleFilters>) => onChange({ ...filters, ...patch });
  const clear = () => {
    setSearch('');
    onChange(NO_FILTERS);
  };

  return (
    <div className="toolbar people-filters" role="search">
      <input
        type="search"
        className="people-search"
        value={search}
        aria-label={t('people.searchLabel')}
        placeholder={t('people.searchPlaceholder')}
        maxLength={SEARCH_MAX}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && search) {
            event.preventDefault();
            setSearch('');
          }
        }}
      />
      {offices && (
        <select
          className="people-office"
          aria-label={t('people.field.officeCode')}
          value={filters.officeCode}
          onChange={(event) => set({ officeCode: event.target.value })}
        >
          <option value="">{t('people.allOffices')}</option>
          {Object.entries(offices).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      )}
      <select
        aria-label={t('people.field.township')}
        value={filters.township}
        onChange={(event) => set({ township: event.target.value, village: '' })}
      >
        <option value="">{t('people.allTownships')}</option>
        {withCurrent(facets.townships, filters.township).map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('people.field.village')}
        value={filters.village}
        onChange={(event) => set({ village: event.target.value })}
      >
        <option value="">{t('people.allVillages')}</option>
        {withCurrent(facets.villages, filters.village).map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <select
        className="people-gender"
        aria-label={t('people.field.gender')}
        value={filters.gender}
        onChange={(event) => set({ gender: event.target.value as PeopleFilters['gender'] })}
      >
        <option value="">{t('people.allGenders')}</option>
        <option value="M">{t('people.gender.M')}</option>
        <option value="F">{t('people.gender.F')}</option>
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={filters.includeVoided}
          onChange={(event) => set({ includeVoided: event.target.checked })}
        />
        {t('people.showVoided')}
      </label>
      {(hasFilters(filters) || search) && (
        <Button variant="quiet" onClick={clear}>
          {t('people.clearFilters')}
        </Button>
      )}
    </div>
  );
}

/** The chosen value stays in the list even when the facets no longer hold it. */
function withCurrent(values: string[], current: string): string[] {
  return current && !values.includes(current) ? [current, ...values] : values;
}
