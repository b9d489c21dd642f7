// 库存: what each warehouse holds, lot by lot, with expiry; expired lots red, lots expiring within the
// chosen days amber. Double-click opens the lot's item in the stock card.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnHandRow } from '@core/stock/contract';
import { stockCall } from '../api';
import { dateCol, quantityCol, textCol, yuanCol } from '../grid/columns';
import { StockGrid } from '../grid/StockGrid';
import { fenToYuan } from '../money';
import type { StockOfficeChoice } from '../offices';
import { useLoad } from '../useLoad';
import { addDays, today, type StockRefs } from '../useRefs';

interface Props {
  refs: StockRefs;
  office: StockOfficeChoice;
  onCard(row: OnHandRow): void;
}

export function OnHandGrid({ refs, office, onCard }: Props) {
  const { t } = useTranslation();
  const [warehouseId, setWarehouseId] = useState('');
  const [itemId, setItemId] = useState('');
  const [days, setDays] = useState(90);
  const officeCode = office.officeCode === 'all' ? 'all' : office.oneOffice;
  // A warehouse or item chosen for one office means nothing in another.
  const [shownFor, setShownFor] = useState(officeCode);
  if (shownFor !== officeCode) {
    setShownFor(officeCode);
    setWarehouseId('');
    setItemId('');
  }
  const [rows] = useLoad(
    () => stockCall('stock.onHand', { officeCode, warehouseId: warehouseId || undefined, itemId: itemId || undefined }),
    [officeCode, warehouseId, itemId],
  );
  const offices = office.offices;
  const now = today();
  const soon = addDays(now, days);

  const columns = useMemo(
    () => [
      textCol<OnHandRow>(t, 'officeCode', 132, {
        hide: offices === null,
        cellClass: 'cell-office',
        valueFormatter: (p) => (p.value ? (offices?.[String(p.value)] ?? String(p.value)) : ''),
      }),
      textCol<OnHandRow>(t, 'warehouseName', 110),
      textCol<OnHandRow>(t, 'itemCode', 96),
      textCol<OnHandRow>(t, 'itemName', 150, { cellClass: 'cell-strong' }),
      textCol<OnHandRow>(t, 'categoryName', 90),
      textCol<OnHandRow>(t, 'specification', 100),
      textCol<OnHandRow>(t, 'lotNumber', 104),
      dateCol<OnHandRow>(t, 'expiryDate', 104, { sort: 'asc' }),
      {
        colId: 'expiryState',
        headerName: t('stock.field.status'),
        width: 110,
        valueGetter: (p) => {
          const expiry = p.data?.expiryDate;
          if (!expiry) return '';
          if (expiry < now) return t('stock.onHand.expired');
          return expiry <= soon ? t('stock.onHand.expiring', { days }) : '';
        },
      },
      quantityCol<OnHandRow>(t, 'quantity', 84),
      textCol<OnHandRow>(t, 'unit', 60),
      yuanCol<OnHandRow>(t, 'unitValue', 96),
      yuanCol<OnHandRow>(t, 'value', 110),
      textCol<OnHandRow>(t, 'donorName', 150),
      textCol<OnHandRow>(t, 'source', 84, {
        valueFormatter: (p) => (p.value ? t(`stock.source.${String(p.value)}`) : ''),
      }),
      dateCol<OnHandRow>(t, 'receivedDate', 104),
    ],
    [t, now, soon, days, offices],
  );

  const value = rows?.reduce((sum, row) => sum + row.value, 0) ?? 0;
  const warehouseName = refs.warehouses.find((w) => w.id === warehouseId)?.name ?? t('stock.allWarehouses');

  return (
    <StockGrid<OnHandRow>
      rows={rows}
      columns={columns}
      exportName={t('stock.onHand.tabs.onHand')}
      exportTitle={`${t('stock.onHand.tabs.onHand')}（${warehouseName}，${now}）`}
      rowId={(row) => `${row.officeCode}/${row.warehouseId}/${row.lotId}`}
      emptyText={t('stock.onHand.noRows')}
      rowClassRules={{
        'row-expired': (p) => Boolean(p.data?.expiryDate && p.data.expiryDate < now),
        'row-expiring': (p) => Boolean(p.data?.expiryDate && p.data.expiryDate >= now && p.data.expiryDate <= soon),
      }}
      onRowDoubleClicked={onCard}
      toolbar={
        <>
          {officeCode !== 'all' && (
            <>
              <select
                aria-label={t('stock.field.warehouse')}
                value={warehouseId}
                onChange={(event) => setWarehouseId(event.target.value)}
              >
                <option value="">{t('stock.allWarehouses')}</option>
                {refs.warehouses.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </select>
              <select
                aria-label={t('stock.field.itemName')}
                value={itemId}
                onChange={(event) => setItemId(event.target.value)}
              >
                <option value="">{t('stock.allItems')}</option>
                {refs.items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.code} {item.name}
                  </option>
                ))}
              </select>
            </>
          )}
          <label className="inline-number">
            <input
              type="number"
              min={1}
              max={3650}
              value={days}
              aria-label={t('stock.dashboard.days')}
              onChange={(event) => setDays(Math.max(1, Number(event.target.value) || 90))}
            />
            {t('stock.onHand.withinDays')}
          </label>
          {rows && (
            <span className="stock-total">
              {t('stock.onHand.totals', { lots: rows.length, value: fenToYuan(value) })}
            </span>
          )}
        </>
      }
    />
  );
}
