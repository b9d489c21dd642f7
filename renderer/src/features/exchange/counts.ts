// Records per table in words: "人员 1,200 · 物资 35 · 库存流水 193" in full, or the first few and "等 12 类"
// for a grid cell that must leave room for the status; the cell carries the full list as its tooltip.
import type { TFunction } from 'i18next';
import { inLabelOrder, tableLabel } from './tableLabels';

/** How many tables a short cell names before "等 n 类". */
const SHORT_TABLES = 3;

function countItems(t: TFunction, counts: Record<string, number>): string[] {
  return inLabelOrder(Object.entries(counts).filter(([, n]) => n > 0)).map(
    ([table, count]) => `${tableLabel(t, table)} ${count.toLocaleString()}`,
  );
}

export function countsText(t: TFunction, counts: Record<string, number>): string {
  const items = countItems(t, counts);
  return items.length ? items.join(t('exchange.countsSeparator')) : '0';
}

export function countsShort(t: TFunction, counts: Record<string, number>): string {
  const items = countItems(t, counts);
  if (items.length <= SHORT_TABLES) return items.length ? items.join(t('exchange.countsSeparator')) : '0';
  return `${items.slice(0, SHORT_TABLES).join(t('exchange.countsSeparator'))} ${t('exchange.countsMore', { count: items.length - SHORT_TABLES })}`;
}
