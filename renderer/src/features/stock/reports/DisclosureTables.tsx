// The tables of the 捐赠款物公示表: the period's balance per item (DisclosureBalance), donations received (donor, or 匿名 where asked) and goods issued,
// by destination with the number of households, never a recipient's name, ID number or phone.
import { useTranslation } from 'react-i18next';
import type { Disclosure } from '@core/stock/reports/contract';
import { fenToYuan } from '../money';
import { DisclosureBalance } from './DisclosureBalance';

export function DisclosureTables({
  disclosure,
  className = 'sheet-table',
}: {
  disclosure: Disclosure;
  className?: string;
}) {
  const { t } = useTranslation();
  const spec = (name: string, specification: string | null) => (specification ? `${name}（${specification}）` : name);
  return (
    <>
      <DisclosureBalance disclosure={disclosure} className={className} />
      <h2 className="sheet-section">{t('stock.reports.received')}</h2>
      <table className={className}>
        <thead>
          <tr>
            <th>{t('stock.print.lineNo')}</th>
            <th>{t('stock.field.donorName')}</th>
            <th>{t('stock.field.itemName')}</th>
            <th>{t('stock.field.unit')}</th>
            <th className="num">{t('stock.field.quantity')}</th>
            <th className="num">{t('stock.field.value')}</th>
          </tr>
        </thead>
        <tbody>
          {disclosure.received.length === 0 && (
            <tr>
              <td colSpan={6} className="center empty">
                {t('common.none')}
              </td>
            </tr>
          )}
          {disclosure.received.map((row, index) => (
            <tr key={index}>
              <td className="center">{index + 1}</td>
              <td>{row.anonymous ? t('stock.reports.anonymous') : row.donor}</td>
              <td>{spec(row.itemName, row.specification)}</td>
              <td className="center">{row.unit}</td>
              <td className="num">{row.quantity}</td>
              <td className="num">{fenToYuan(row.value)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={5} className="center">
              {t('stock.reports.totalReceived')}
            </td>
            <td className="num">{fenToYuan(disclosure.totals.receivedValue)}</td>
          </tr>
        </tfoot>
      </table>
      <h2 className="sheet-section">{t('stock.reports.issued')}</h2>
      <table className={className}>
        <thead>
          <tr>
            <th>{t('stock.print.lineNo')}</th>
            <th>{t('stock.reports.destination')}</th>
            <th className="num">{t('stock.field.households')}</th>
            <th>{t('stock.field.itemName')}</th>
            <th>{t('stock.field.unit')}</th>
            <th className="num">{t('stock.field.quantity')}</th>
            <th className="num">{t('stock.field.value')}</th>
          </tr>
        </thead>
        <tbody>
          {disclosure.issued.length === 0 && (
            <tr>
              <td colSpan={7} className="center empty">
                {t('common.none')}
              </td>
            </tr>
          )}
          {disclosure.issued.map((row, index) => (
            <tr key={index}>
              <td className="center">{index + 1}</td>
              <td>
                {t(`stock.reports.kind.${row.kind}`)}：{row.destination}
              </td>
              <td className="num">{row.households === null ? '' : row.households}</td>
              <td>{spec(row.itemName, row.specification)}</td>
              <td className="center">{row.unit}</td>
              <td className="num">{row.quantity}</td>
              <td className="num">{fenToYuan(row.value)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={6} className="center">
              {t('stock.reports.totalIssued')}
            </td>
            <td className="num">{fenToYuan(disclosure.totals.issuedValue)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
