// 捐赠登记: donations received in a period, donor by donor and item by item, and where they went
// (issued, written off, still on hand) with the destinations in words.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DonationsReport } from '@core/stock/reports/contract';
import { stockCall } from '../api';
import { quantityCol, textCol, yuanCol } from '../grid/columns';
import { StockGrid } from '../grid/StockGrid';
import { useLoad } from '../useLoad';

interface DonationLine {
  key: string;
  donor: string;
  itemName: string;
  unit: string;
  received: number;
  receivedValue: number;
  issued: number;
  adjusted: number;
  onHand: number;
  whereWent: string;
}

function linesOf(report: DonationsReport, t: TFunction): DonationLine[] {
  return report.donors.flatMap((donor) =>
    donor.items.map((item) => ({
      key: `${donor.donorId ?? 'none'}/${item.itemId}`,
      donor: donor.anonymous ? `${donor.donorName}（${t('stock.reports.anonymous')}）` : donor.donorName,
      itemName: item.itemName,
      unit: item.unit,
      received: item.received,
      receivedValue: item.receivedValue,
      issued: item.issued,
      adjusted: item.adjusted,
      onHand: item.onHand,
      whereWent: item.destinations
        .map(
          (d) =>
            `${d.destination}${d.households ? `（${t('stock.reports.householdsCount', { count: d.households })}）` : ''} ${d.quantity}`,
        )
        .join('；'),
    })),
  );
}

export function DonationsGrid({
  from,
  to,
  officeCode,
  toolbar,
}: {
  from: string;
  to: string;
  officeCode?: string;
  toolbar: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [report] = useLoad(
    () => stockCall('stock.reports.donations', { from, to, officeCode }),
    [from, to, officeCode],
  );
  const rows = useMemo(() => (report ? linesOf(report, t) : null), [report, t]);
  const columns = useMemo(
    () => [
      textCol<DonationLine>(t, 'donor', 200, { headerName: t('stock.field.donorName'), cellClass: 'cell-strong' }),
      textCol<DonationLine>(t, 'itemName', 130),
      textCol<DonationLine>(t, 'unit', 60),
      quantityCol<DonationLine>(t, 'received', 84, { headerName: t('stock.field.in') }),
      yuanCol<DonationLine>(t, 'receivedValue', 110, { headerName: t('stock.field.value') }),
      quantityCol<DonationLine>(t, 'issued', 84, { headerName: t('stock.field.out') }),
      quantityCol<DonationLine>(t, 'adjusted', 84, { headerName: t('stock.reports.adjusted') }),
      quantityCol<DonationLine>(t, 'onHand', 84),
      textCol<DonationLine>(t, 'whereWent', 360, {
        headerName: t('stock.reports.whereWent'),
        tooltipField: 'whereWent',
      }),
    ],
    [t],
  );
  return (
    <StockGrid<DonationLine>
      rows={rows}
      columns={columns}
      exportName={t('stock.reports.tabs.donations')}
      exportTitle={`${t('stock.reports.tabs.donations')} ${from} ${t('stock.to')} ${to}`}
      rowId={(row) => row.key}
      emptyText={t('stock.reports.noRows')}
      toolbar={toolbar}
    />
  );
}
