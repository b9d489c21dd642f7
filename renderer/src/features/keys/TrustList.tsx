// The offices this office trusts: code, name, level, fingerprint, and who confirmed it when and how.
import { useTranslation } from 'react-i18next';
import type { OfficeRole } from '@api/types';
import type { TrustedOfficeInfo } from '@core/exchange/keys/contract';
import { formatDateTime } from '../../i18n';

export function TrustList({ offices, role }: { offices: TrustedOfficeInfo[] | null; role: OfficeRole }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="trust-title">
      <h2 id="trust-title">{t('keys.trustList')}</h2>
      <p className="muted">{t(role === 'city' ? 'keys.trustListHintCity' : 'keys.trustListHintCounty')}</p>
      <div className="table-wrap">
        <table className="table trust-table">
          <thead>
            <tr>
              <th>{t('keys.officeCode')}</th>
              <th>{t('keys.name')}</th>
              <th>{t('keys.role')}</th>
              <th>{t('keys.fingerprint')}</th>
              <th>{t('keys.confirmedHow')}</th>
              <th>{t('keys.confirmedBy')}</th>
              <th>{t('keys.confirmedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {offices?.length === 0 && (
              <tr>
                <td colSpan={7} className="empty">
                  {t(role === 'city' ? 'keys.emptyCity' : 'keys.emptyCounty')}
                </td>
              </tr>
            )}
            {offices?.map((office) => (
              <tr key={office.officeCode}>
                <td>{office.officeCode}</td>
                <td>{office.name}</td>
                <td>{t(`officeRole.${office.role}`)}</td>
                <td className="mono trust-fingerprint">{office.fingerprint}</td>
                <td>{t(`keys.how.${office.confirmedHow}`)}</td>
                <td>{office.confirmedBy}</td>
                <td>{formatDateTime(office.confirmedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
