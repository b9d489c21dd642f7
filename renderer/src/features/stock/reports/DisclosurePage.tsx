// 捐赠与公示: donations by donor and where they went, and the public disclosure (捐赠款物公示表) for a
// period, exported to xlsx and printed (#/stock-disclosure/print/<from>/<to>).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '@renderer/app/route';
import { errorText } from '@renderer/i18n';
import { Button, DateInput, PageHeader, Tabs, useToast } from '@renderer/ui';
import { datedFileName, downloadBase64 } from '@renderer/ui/files';
import { stockCall } from '../api';
import { OfficeSelect, useStockOffice } from '../offices';
import { useLoad } from '../useLoad';
import { today } from '../useRefs';
import { DisclosurePrint } from './DisclosurePrint';
import { DisclosureTables } from './DisclosureTables';
import { DonationsGrid } from './DonationsGrid';
import '../stock.css';

const PAGE = 'stock-disclosure';

function Period({
  from,
  to,
  onFrom,
  onTo,
}: {
  from: string;
  to: string;
  onFrom(v: string): void;
  onTo(v: string): void;
}) {
  const { t } = useTranslation();
  return (
    <span className="period">
      <span>{t('stock.reports.period')}</span>
      <DateInput aria-label={t('stock.from')} value={from} onDate={onFrom} />
      <span>{t('stock.to')}</span>
      <DateInput aria-label={t('stock.to')} value={to} onDate={onTo} />
    </span>
  );
}

export function DisclosurePage() {
  const { t } = useTranslation();
  const toast = useToast();
  const route = useRoute();
  const [tab, setTab] = useState('disclosure');
  const [from, setFrom] = useState(() => `${today().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const office = useStockOffice();
  const officeCode = office.oneOffice;
  const [disclosure] = useLoad(
    () =>
      tab === 'disclosure' && from && to
        ? stockCall('stock.reports.disclosure', { from, to, officeCode })
        : Promise.resolve(null),
    [tab, from, to, officeCode],
  );
  const [exporting, setExporting] = useState(false);

  if (route.rest[0] === 'print' && route.rest[1] && route.rest[2]) {
    return <DisclosurePrint from={route.rest[1]} to={route.rest[2]} onBack={() => window.history.back()} />;
  }
  const exportDisclosure = async () => {
    setExporting(true);
    try {
      const file = await stockCall('stock.reports.export', { report: 'disclosure', from, to, officeCode });
      const fileName = datedFileName(t('stock.reports.disclosureTitle'));
      downloadBase64(fileName, file.contentBase64);
      toast.show(t('stock.exported', { fileName }));
    } catch (error) {
      toast.show(errorText(t, error), 'error');
    } finally {
      setExporting(false);
    }
  };
  const period = <Period from={from} to={to} onFrom={setFrom} onTo={setTo} />;
  const empty = disclosure && !disclosure.balances.length && !disclosure.received.length && !disclosure.issued.length;

  return (
    <div className="page page-fill stock-page">
      <PageHeader title={t('stock.reports.title')}>
        <OfficeSelect choice={office} allowAll={false} />
      </PageHeader>
      <Tabs
        current={tab}
        onChange={setTab}
        label={t('stock.reports.title')}
        items={[
          {
            id: 'disclosure',
            label: t('stock.reports.tabs.disclosure'),
            content: (
              <div className="disclosure-tab">
                <div className="toolbar">
                  {period}
                  <span className="toolbar-spacer" />
                  <Button onClick={() => void exportDisclosure()} busy={exporting} disabled={!disclosure}>
                    {t('stock.exportXlsx')}
                  </Button>
                  <Button
                    variant="primary"
                    disabled={!disclosure || office.readOnly}
                    onClick={() => navigate(PAGE, 'print', from, to)}
                  >
                    {t('stock.reports.print')}
                  </Button>
                </div>
                <p className="muted small">{t('stock.reports.privacyNote')}</p>
                <div className="disclosure-preview panel">
                  {!disclosure ? (
                    <p className="muted">{t('stock.loading')}</p>
                  ) : empty ? (
                    <p className="muted">{t('stock.reports.noRows')}</p>
                  ) : (
                    <DisclosureTables disclosure={disclosure} className="table preview-table" />
                  )}
                </div>
              </div>
            ),
          },
          {
            id: 'donations',
            label: t('stock.reports.tabs.donations'),
            content: <DonationsGrid from={from} to={to} officeCode={officeCode} toolbar={period} />,
          },
        ]}
      />
    </div>
  );
}
