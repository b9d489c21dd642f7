// In the city, which office's stock a page shows: its own, one county's (read-only), or - where rows are per
// office - all of them. A county has no choice and shows its own; the picker is not drawn there.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useOfficeNames } from '../people/offices';

export interface StockOfficeChoice {
  /** Names by code in the city (null in a county: no office column, no picker). */
  offices: Record<string, string> | null;
  /** '' (this office), a county's code, or 'all'. */
  officeCode: string;
  setOfficeCode(code: string): void;
  /** The office of a one-office read: undefined for this office (and for 'all', which those reads do not take). */
  oneOffice: string | undefined;
  /** The chosen stock is a county's, so nothing on the page may change it. */
  readOnly: boolean;
}

export function useStockOffice(initial: '' | 'all' = ''): StockOfficeChoice {
  const session = useSession();
  const city = session.office.role === 'city';
  const offices = useOfficeNames(city, 'stock.offices');
  const [officeCode, setOfficeCode] = useState<string>(city ? initial : '');
  const own = session.office.code;
  const oneOffice = officeCode === '' || officeCode === 'all' || officeCode === own ? undefined : officeCode;
  return { offices, officeCode, setOfficeCode, oneOffice, readOnly: officeCode !== '' && officeCode !== own };
}

interface Props {
  choice: StockOfficeChoice;
  allowAll: boolean;
}

/** The office filter of the city's stock pages, like the people grid's. */
export function OfficeSelect({ choice, allowAll }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  if (!choice.offices) return null;
  const names = { [session.office.code]: session.office.name, ...choice.offices };
  const value = !allowAll && choice.officeCode === 'all' ? '' : choice.officeCode;
  return (
    <label className="stock-office">
      <span>{t('stock.field.officeCode')}</span>
      <select
        className="stock-office-select"
        aria-label={t('stock.field.officeCode')}
        value={value}
        onChange={(event) => choice.setOfficeCode(event.target.value)}
      >
        {allowAll && <option value="all">{t('stock.allOffices')}</option>}
        <option value="">{names[session.office.code]}</option>
        {Object.entries(names)
          .filter(([code]) => code !== session.office.code)
          .map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
      </select>
      {choice.readOnly && choice.officeCode !== 'all' && (
        <span className="stock-readonly">{t('stock.countyReadOnly')}</span>
      )}
    </label>
  );
}
