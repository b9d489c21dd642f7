// 物资台账: one item's movements in a period: the opening balance, each movement with its document,
// in, out and the running balance, and the closing balance.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockCard, StockCardRow } from '@core/stock/contract';
import { DateInput } from '@renderer/ui';
import { stockCall } from '../api';
import { dateCol, quantityCol, textCol } from '../grid/columns';
import { StockGrid } from '../grid/StockGrid';
import { useLoad } from '../useLoad';
import { today, type StockRefs } from '../useRefs';

interface Props {
  refs: StockRefs;
  itemId: string;
  officeCode?: string;
  onItem(itemId: string): void;
}

type CardLine = Partial<StockCardRow> & { key: string; summary?: boolean };

function cardLines(card: StockCard, opening: string, closing: string): CardLine[] {
  const edge = (key: string, label: string, balance: number, date: string, inQ: number, outQ: number): CardLine => ({
    key,
    summary: true,
    documentDate: date,
    counterparty: label,
    in: inQ,
    out: outQ,
    balance,
  });
  return [
    edge('opening', opening, card.opening, card.from, 0, 0),
    ...card.rows.map((row) => ({ ...row, key: row.movementId })),
    edge('closing', closing, card.closing, card.to, card.totalIn, card.totalOut),
  ];
}

export function StockCardView({ refs, itemId, officeCode, onItem }: Props) {
  const { t } = useTranslation();
  const [warehouseId, setWarehouseId] = useState('');
  const [from, setFrom] = useState(() => `${today().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [card] = useLoad(
    () =>
      itemId && from && to
        ? stockCall('stock.card', { itemId, officeCode, warehouseId: warehouseId || undefined, from, to })
        : Promise.resolve(null),
    [itemId, officeCode, warehouseId, from, to],
  );

  const columns = useMemo(
    () => [
      dateCol<CardLine>(t, 'documentDate', 112, { sortable: false }),
      textCol<CardLine>(t, 'documentNumber', 150, { sortable: false, cellClass: 'mono' }),
      textCol<CardLine>(t, 'kind', 84, {
        sortable: false,
        valueGetter: (p) => (p.data?.summary ? '' : t(`stock.movement.${p.data?.kind ?? 'receipt'}`)),
      }),
      textCol<CardLine>(t, 'counterparty', 220, {
        sortable: false,
        valueGetter: (p) =>
          [p.data?.counterparty, p.data?.reason && t(`stock.reason.${p.data.reason}`)].filter(Boolean).join('：'),
      }),
      textCol<CardLine>(t, 'warehouseName', 110, { sortable: false }),
      textCol<CardLine>(t, 'lotNumber', 110, { sortable: false }),
      dateCol<CardLine>(t, 'expiryDate', 104, { sortable: false }),
      quantityCol<CardLine>(t, 'in', 84, {
        sortable: false,
        valueFormatter: (p) => (p.value ? Number(p.value).toLocaleString('en-US') : ''),
      }),
      quantityCol<CardLine>(t, 'out', 84, {
        sortable: false,
        valueFormatter: (p) => (p.value ? Number(p.value).toLocaleString('en-US') : ''),
      }),
      quantityCol<CardLine>(t, 'balance', 90, { sortable: false }),
    ],
    [t],
  );

  const item = refs.items.find((candidate) => candidate.id === itemId);
  const rows = card ? cardLines(card, t('stock.onHand.opening'), t('stock.onHand.closing')) : itemId ? null : [];

  return (
    <StockGrid<CardLine>
      rows={rows}
      columns={columns}
      exportName={`${t('stock.onHand.tabs.card')}_${item?.name ?? ''}`}
      exportTitle={
        item
          ? `${t('stock.onHand.tabs.card')}：${item.code} ${item.name}（${item.unit}） ${from} ${t('stock.to')} ${to}`
          : undefined
      }
      rowId={(row) => row.key}
      emptyText={t('stock.onHand.cardChoose')}
      rowClassRules={{ 'row-total': (p) => Boolean(p.data?.summary) }}
      toolbar={
        <>
          <select
            aria-label={t('stock.field.itemName')}
            value={itemId}
            onChange={(event) => onItem(event.target.value)}
          >
            <option value="">{t('stock.choose')}</option>
            {refs.items.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.code} {candidate.name}
              </option>
            ))}
          </select>
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
          <DateInput aria-label={t('stock.from')} value={from} onDate={setFrom} />
          <span>{t('stock.to')}</span>
          <DateInput aria-label={t('stock.to')} value={to} onDate={setTo} />
          {card && (
            <span className="stock-total">
              {t('stock.onHand.cardTotals', { in: card.totalIn, out: card.totalOut })}
            </span>
          )}
        </>
      }
    />
  );
}
