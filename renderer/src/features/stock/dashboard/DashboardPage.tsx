// 仓库概览: what a keeper checks each morning: lots expiring within N days (90 by default) and lots
// already expired, items below their reserve quota, stock value by category, and this month's movements.
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpiryAlert, StockDashboard } from '@core/stock/reports/contract';
import { navigate } from '@renderer/app/route';
import { PageHeader } from '@renderer/ui';
import { stockCall } from '../api';
import { fenToYuan } from '../money';
import { OfficeSelect, useStockOffice } from '../offices';
import { useLoad } from '../useLoad';
import { Chart, type ChartOption } from './Chart';
import '../stock.css';

const LIST_MAX = 6;

function Card({
  title,
  count,
  tone,
  children,
  onMore,
}: {
  title: string;
  count?: number;
  tone?: 'red' | 'amber' | 'ok';
  children: React.ReactNode;
  onMore?(): void;
}) {
  const { t } = useTranslation();
  return (
    <section className={`dash-card ${tone ? `dash-${tone}` : ''}`} aria-label={title}>
      <header className="dash-card-head">
        <h2>{title}</h2>
        {count !== undefined && <span className="dash-count">{count}</span>}
        <span className="toolbar-spacer" />
        {onMore && (
          <button type="button" className="cell-link" onClick={onMore}>
            {t('stock.dashboard.viewAll')}
          </button>
        )}
      </header>
      <div className="dash-card-body">{children}</div>
    </section>
  );
}

function LotList({ lots, empty }: { lots: ExpiryAlert[]; empty: string }) {
  const { t } = useTranslation();
  if (!lots.length) return <p className="dash-empty">{empty}</p>;
  return (
    <ul className="dash-list">
      {lots.slice(0, LIST_MAX).map((lot) => (
        <li key={`${lot.warehouseId}/${lot.lotId}`} title={`${lot.warehouseName} · ${lot.itemCode}`}>
          <span className="dash-main">
            {t('stock.dashboard.lotLine', {
              item: lot.itemName,
              lot: lot.lotNumber ?? t('stock.editor.noLot'),
              quantity: lot.quantity,
              unit: lot.unit,
            })}
          </span>
          <span className="dash-side">
            {t('stock.dashboard.expiresOn', { date: lot.expiryDate })}（
            {lot.daysLeft >= 0
              ? t('stock.dashboard.daysLeft', { count: lot.daysLeft })
              : t('stock.dashboard.daysAgo', { count: -lot.daysLeft })}
            ）
          </span>
        </li>
      ))}
      {lots.length > LIST_MAX && <li className="muted">…</li>}
    </ul>
  );
}

function charts(t: TFunction, data: StockDashboard): { value: ChartOption; days: ChartOption } {
  const categories = data.valueByCategory.filter((row) => row.value > 0 || row.items > 0);
  const yuan = (value: unknown) => `${fenToYuan(Math.round(Number(value) * 100))} ${t('stock.yuan')}`;
  return {
    value: {
      grid: { left: 70, right: 16, top: 10, bottom: 28 },
      tooltip: { trigger: 'axis', valueFormatter: yuan },
      xAxis: {
        type: 'category',
        data: categories.map((row) => row.categoryName),
        axisLabel: { interval: 0, fontSize: 12 },
      },
      yAxis: { type: 'value', axisLabel: { fontSize: 11 } },
      series: [
        {
          type: 'bar',
          data: categories.map((row) => row.value / 100),
          itemStyle: { color: '#c8102e' },
          barMaxWidth: 36,
        },
      ],
      animation: false,
    },
    // Valued in 元: the items moved have different units, and adding 床 to 袋 gives no number.
    days: {
      grid: { left: 70, right: 16, top: 26, bottom: 28 },
      legend: {
        data: [t('stock.dashboard.inValue'), t('stock.dashboard.outValue')],
        top: 0,
        textStyle: { fontSize: 12 },
      },
      tooltip: { trigger: 'axis', valueFormatter: yuan },
      xAxis: {
        type: 'category',
        data: data.movements.byDay.map((day) => day.date.slice(8)),
        axisLabel: { fontSize: 11 },
      },
      yAxis: { type: 'value', axisLabel: { fontSize: 11 } },
      series: [
        {
          name: t('stock.dashboard.inValue'),
          type: 'bar',
          data: data.movements.byDay.map((day) => day.inValue / 100),
          itemStyle: { color: '#1e7b3c' },
        },
        {
          name: t('stock.dashboard.outValue'),
          type: 'bar',
          data: data.movements.byDay.map((day) => day.outValue / 100),
          itemStyle: { color: '#1a66c9' },
        },
      ],
      animation: false,
    },
  };
}

export function DashboardPage() {
  const { t } = useTranslation();
  const [days, setDays] = useState(90);
  const office = useStockOffice();
  const [data] = useLoad(
    () => stockCall('stock.reports.dashboard', { days, officeCode: office.oneOffice }),
    [days, office.oneOffice],
  );
  const options = useMemo(() => (data ? charts(t, data) : null), [data, t]);
  const count = (type: string) => data?.movements.documents.find((row) => row.type === type)?.count ?? 0;
  const totalValue = data?.valueByCategory.reduce((sum, row) => sum + row.value, 0) ?? 0;
  const onHand = () => navigate('stock-on-hand');

  return (
    <div className="page stock-page dashboard-page">
      <PageHeader title={t('stock.dashboard.title')}>
        <OfficeSelect choice={office} allowAll={false} />
        <label className="inline-number">
          {t('stock.dashboard.days')}
          <input
            type="number"
            min={1}
            max={3650}
            value={days}
            onChange={(event) => setDays(Math.max(1, Number(event.target.value) || 90))}
          />
        </label>
      </PageHeader>
      {!data ? (
        <p className="muted">{t('stock.loading')}</p>
      ) : (
        <div className="dash-grid">
          <Card
            title={t('stock.dashboard.expiring', { days: data.days })}
            count={data.expiring.length}
            tone={data.expiring.length ? 'amber' : 'ok'}
            onMore={onHand}
          >
            <LotList lots={data.expiring} empty={t('stock.dashboard.noExpiring')} />
          </Card>
          <Card
            title={t('stock.dashboard.expired')}
            count={data.expired.length}
            tone={data.expired.length ? 'red' : 'ok'}
            onMore={onHand}
          >
            <LotList lots={data.expired} empty={t('stock.dashboard.noExpired')} />
          </Card>
          <Card
            title={t('stock.dashboard.belowQuota')}
            count={data.belowQuota.length}
            tone={data.belowQuota.length ? 'amber' : 'ok'}
          >
            {data.belowQuota.length === 0 ? (
              <p className="dash-empty">{t('stock.dashboard.noBelow')}</p>
            ) : (
              <ul className="dash-list">
                {data.belowQuota.slice(0, LIST_MAX).map((row) => (
                  <li key={`${row.warehouseId}/${row.itemId}`}>
                    <span className="dash-main">
                      {t('stock.dashboard.quotaLine', { item: row.itemName, onHand: row.onHand, quota: row.quota })}
                    </span>
                    <span className="dash-side">{row.warehouseName}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('stock.dashboard.valueByCategory')}>
            <p className="dash-figure">{t('stock.dashboard.totalValue', { value: fenToYuan(totalValue) })}</p>
            {totalValue === 0 ? (
              <p className="dash-empty">{t('stock.dashboard.noValue')}</p>
            ) : (
              options && <Chart option={options.value} label={t('stock.dashboard.valueByCategory')} height={200} />
            )}
          </Card>
          <Card title={`${t('stock.dashboard.movements')}（${data.movements.month}）`}>
            <p className="dash-figure">
              {t('stock.dashboard.movementsIn', { count: count('receipt') })}　
              {t('stock.dashboard.movementsOut', { count: count('issue') })}
            </p>
            <p className="dash-note">
              {t('stock.dashboard.movementsValue', {
                in: fenToYuan(data.movements.inValue),
                out: fenToYuan(data.movements.outValue),
              })}
            </p>
            {data.movements.byDay.every((day) => !day.inValue && !day.outValue) ? (
              <p className="dash-empty">{t('stock.dashboard.noMovements')}</p>
            ) : (
              options && <Chart option={options.days} label={t('stock.dashboard.movements')} height={200} />
            )}
          </Card>
        </div>
      )}
    </div>
  );
}
