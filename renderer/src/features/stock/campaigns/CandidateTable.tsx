// The people a campaign's chooser found, one row each with a box to tick: name, masked ID number, household number,
// place, and why one might not belong on the list - on it already, served in this campaign, or given goods this
// year (the household's latest issue, its date and who of the household took it).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CampaignCandidate, YearReceipt } from '@core/stock/campaigns/contract';

interface Props {
  candidates: CampaignCandidate[];
  picked: ReadonlySet<string>;
  onToggle(personId: string): void;
}

const receiptValues = (receipt: YearReceipt) => ({
  date: receipt.documentDate,
  name: receipt.name,
  number: receipt.documentNumber,
});

/** 今年已领：2025-03-10 李秀英，CK-2025-000012. */
export function receiptText(t: TFunction, receipt: YearReceipt) {
  return t('stock.campaigns.receivedThisYear', receiptValues(receipt));
}

/** In the warning: 张大山（2025-03-10 李秀英领取，CK-2025-000012）. */
export function repeatText(t: TFunction, household: string, receipt: YearReceipt) {
  return t('stock.campaigns.repeatYearItem', { household, ...receiptValues(receipt) });
}

export function CandidateTable({ candidates, picked, onToggle }: Props) {
  const { t } = useTranslation();
  const standing = (c: CampaignCandidate) =>
    c.received
      ? t('stock.campaigns.received')
      : c.listed
        ? t('stock.campaigns.listed')
        : c.receivedThisYear
          ? receiptText(t, c.receivedThisYear)
          : '';
  return (
    <div className="table-wrap candidates">
      <table className="table">
        <thead>
          <tr>
            <th />
            <th>{t('people.field.name')}</th>
            <th>{t('stock.field.idNumber')}</th>
            <th>{t('stock.campaigns.householdNumber')}</th>
            <th>{t('stock.field.township')}</th>
            <th>{t('stock.field.village')}</th>
            <th>{t('stock.field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {candidates.length === 0 && (
            <tr>
              <td colSpan={7} className="empty">
                {t('stock.editor.householdNone')}
              </td>
            </tr>
          )}
          {candidates.map((c) => (
            <tr key={c.personId} className={c.listed || c.received || c.receivedThisYear ? 'is-inactive' : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={c.name}
                  checked={picked.has(c.personId)}
                  onChange={() => onToggle(c.personId)}
                />
              </td>
              <td>{c.name}</td>
              <td className="mono">{c.idMasked}</td>
              <td className="mono">{c.householdNumber}</td>
              <td>{c.township}</td>
              <td>{c.village}</td>
              <td className="candidate-standing">{standing(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
