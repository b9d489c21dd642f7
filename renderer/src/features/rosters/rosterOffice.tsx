// At the city, whose rosters a roster page shows: the city's own or one county's, read-only. A county has no
// choice and no picker. The choice is kept while the clerk moves between the roster pages.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useOfficeNames } from '../people/offices';
import './rosterOffice.css';

/** The office last chosen on any roster page of this window ('' the own office). */
let remembered = '';

export interface RosterOffice {
  /** Names by code at the city (null in a county: no picker). */
  offices: Record<string, string> | null;
  /** '' (this office) or a county's code. */
  officeCode: string;
  setOfficeCode(code: string): void;
  /** The office to name in a read: undefined for this office. */
  county: string | undefined;
  /** A county's rosters are shown: nothing on the page may change them. */
  readOnly: boolean;
}

export function useRosterOffice(): RosterOffice {
  const session = useSession();
  const city = session.office.role === 'city';
  const offices = useOfficeNames(city);
  const [officeCode, setChosen] = useState(() => (city ? remembered : ''));
  const setOfficeCode = useCallback((code: string) => {
    remembered = code;
    setChosen(code);
  }, []);
  const county = officeCode === '' || officeCode === session.office.code ? undefined : officeCode;
  return { offices, officeCode, setOfficeCode, county, readOnly: county !== undefined };
}

/** The city's office picker, and while a county is shown, the sentence that says the page is read-only. */
export function RosterOfficeSelect({ choice }: { choice: RosterOffice }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!choice.offices) return null;
  const counties = Object.entries(choice.offices).filter(([code]) => code !== session.office.code);
  return (
    <div className="roster-office">
      <label>
        <span>{t('rosterOffice.label')}</span>
        <select
          aria-label={t('rosterOffice.label')}
          value={choice.county ?? ''}
          onChange={(event) => choice.setOfficeCode(event.target.value)}
        >
          <option value="">{session.office.name}</option>
          {counties.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {choice.county && (
        <span className="roster-office-readonly" role="note">
          {t('rosterOffice.readOnly', { name: choice.offices[choice.county] ?? choice.county })}
        </span>
      )}
    </div>
  );
}

/** On a record's own page (a rescue team): at the city, a county's record says it is read-only. */
export function CountyRecordNote({ officeCode }: { officeCode: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const offices = useOfficeNames(session.office.role === 'city');
  if (!offices || officeCode === session.office.code) return null;
  return (
    <p className="roster-office roster-office-readonly" role="note">
      {t('rosterOffice.readOnly', { name: offices[officeCode] ?? officeCode })}
    </p>
  );
}
