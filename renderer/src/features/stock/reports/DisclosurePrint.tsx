// The disclosure as printed for the notice board (landscape A4): office, period, the two tables, the
// note that no recipient is named, and who prepared and approved it.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@renderer/i18n';
import { PrintSheet } from '@renderer/ui/print/PrintSheet';
import { PrintView } from '@renderer/ui/print/PrintView';
import { stockCall } from '../api';
import { useLoad } from '../useLoad';
import { DisclosureTables } from './DisclosureTables';

export function DisclosurePrint({ from, to, onBack }: { from: string; to: string; onBack(): void }) {
  const { t } = useTranslation();
  const [disclosure] = useLoad(() => stockCall('stock.reports.disclosure', { from, to }), [from, to]);
  return (
    <PrintView
      title={`${t('stock.reports.disclosureTitle')} ${from}—${to}`}
      ready={disclosure !== null}
      onBack={onBack}
      landscape
    >
      {disclosure && (
        <PrintSheet
          officeName={disclosure.officeName}
          title={t('stock.reports.disclosureTitle')}
          facts={[{ label: t('stock.reports.period'), value: `${from} ${t('stock.to')} ${to}` }]}
          signatures={[t('stock.print.preparedBy'), t('stock.print.signApprover')]}
          footnote={`${t('stock.reports.privacyNote')}　${t('stock.print.printedAt', { at: formatDateTime(disclosure.generatedAt) })}`}
        >
          <DisclosureTables disclosure={disclosure} />
        </PrintSheet>
      )}
    </PrintView>
  );
}
