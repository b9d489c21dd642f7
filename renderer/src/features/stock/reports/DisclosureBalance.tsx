// The disclosure's first table: each item's opening balance, what came in and went out in the period, count
// adjustments and the closing balance, in its own unit, with the values summed in 元 below. It is there so a
// public reader sees why more can go out in a period than was donated in it.
import { useTranslation } from 'react-i18next';
import type { Disclosure } from '@core/stock/reports/contract';
import { fenToYuan } from '../money';

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

export function DisclosureBalance({ disclosure, className }: { disclosure: Disclosure; className: string }) {
  const { t } = useTranslation();
  const total = disclosure.totals.balance;
  return (
    <>
      <h2 className="sheet-section">{t('stock.reports.balance')}</h2>
      <p className="sheet-note">{t('stock.reports.balanceNote')}</p>
      <table className={className} aria-label={t('stock.reports.balance')}>
        <thead>
          <tr>
            <th>{t('stock.print.lineNo')}</th>
            <th>{t('stock.field.itemName')}</th>
            <th>{t('stock.field.unit')}</th>
            <th className="num">{t('stock.reports.opening')}</th>
            <th className="num">{t('stock.reports.periodIn')}</th>
            <th className="num">{t('stock.reports.periodOut')}</th>
            <th className="num">{t('stock.reports.countAdjusted')}</th>
            <th className="num">{t('stock.reports.closing')}</th>
          </tr>
        </thead>
        <tbody>
          {disclosure.balances.length === 0 && (
            <tr>
              <td colSpan={8} className="center empty">
                {t('common.none')}
              </td>
            </tr>
          )}
          {disclosure.balances.map((row, index) => (
            <tr key={index}>
              <td className="center">{index + 1}</td>
              <td>{row.specification ? `${row.itemName}（${row.specification}）` : row.itemName}</td>
              <td className="center">{row.unit}</td>
              <td className="num">{row.opening}</td>
              <td className="num">{row.received}</td>
              <td className="num">{row.issued}</td>
              <td className="num">{row.adjusted ? signed(row.adjusted) : 0}</td>
              <td className="num">{row.closing}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3} className="center">
              {t('stock.reports.balanceTotal')}
            </td>
            <td className="num">{fenToYuan(total.opening)}</td>
            <td className="num">{fenToYuan(total.received)}</td>
            <td className="num">{fenToYuan(total.issued)}</td>
            <td className="num">{fenToYuan(total.adjusted)}</td>
            <td className="num">{fenToYuan(total.closing)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
