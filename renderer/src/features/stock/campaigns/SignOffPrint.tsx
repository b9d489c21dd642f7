// 签收表: office, campaign, date, one row per household (name, masked ID number, village, goods) and an
// empty column where the recipient signs; printed and kept with the issue.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@renderer/i18n';
import { PrintSheet } from '@renderer/ui/print/PrintSheet';
import { PrintView } from '@renderer/ui/print/PrintView';
import { stockCall } from '../api';
import { useLoad } from '../useLoad';

export function SignOffPrint({ id, documentId, onBack }: { id: string; documentId?: string; onBack(): void }) {
  const { t } = useTranslation();
  const [sheet] = useLoad(
    () => stockCall('stock.campaigns.signOff', { id, documentId: documentId ?? null }),
    [id, documentId],
  );
  const title = sheet ? `${t('stock.print.signOffTitle')} ${sheet.campaignName}` : '';
  const goods =
    sheet?.items
      .map(
        (item) =>
          `${item.itemName}${item.specification ? `（${item.specification}）` : ''} ${item.quantityPerHousehold}${item.unit}`,
      )
      .join(' + ') ?? '';
  return (
    <PrintView title={title} ready={sheet !== null} onBack={onBack}>
      {sheet && (
        <PrintSheet
          officeName={sheet.officeName}
          title={t('stock.print.signOffTitle')}
          number={sheet.documentNumbers.join('、') || null}
          facts={[
            { label: t('stock.print.campaign'), value: sheet.campaignName },
            { label: t('stock.print.date'), value: sheet.date },
            { label: t('stock.campaigns.warehouse'), value: sheet.warehouseName },
            ...(sheet.eventName ? [{ label: t('stock.editor.event'), value: sheet.eventName }] : []),
            { label: t('stock.campaigns.items'), value: goods, wide: true },
            {
              label: t('stock.campaigns.households'),
              value: t('stock.print.householdCount', { count: sheet.rows.length }),
            },
          ]}
          signatures={[t('stock.print.signHandler'), t('stock.print.signKeeper'), t('stock.print.signApprover')]}
          footnote={t('stock.print.printedAt', { at: formatDateTime(new Date().toISOString()) })}
        >
          <table className="sheet-table tall-rows">
            <thead>
              <tr>
                <th>{t('stock.print.lineNo')}</th>
                <th>{t('people.field.name')}</th>
                <th>{t('stock.field.idNumber')}</th>
                <th>{t('stock.field.village')}</th>
                <th>{t('stock.print.goods')}</th>
                <th className="sign-cell">{t('stock.print.signature')}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.rows.map((row) => (
                <tr key={row.no}>
                  <td className="center">{row.no}</td>
                  <td className="nowrap">{row.name}</td>
                  <td className="nowrap">{row.idMasked}</td>
                  <td>{[row.township, row.village].filter(Boolean).join(' ')}</td>
                  <td>{row.goods}</td>
                  <td className="sign-cell" />
                </tr>
              ))}
            </tbody>
          </table>
        </PrintSheet>
      )}
    </PrintView>
  );
}
