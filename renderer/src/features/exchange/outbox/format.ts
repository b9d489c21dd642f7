// Small display helpers of the outbox: sizes in KB/MB and per-table counts in words.
import type { TFunction } from 'i18next';

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 人员 1,234；库存批次 12 - tables without a name of their own show their SQL name. */
export function countsText(t: TFunction, counts: Record<string, number>): string {
  const items = Object.entries(counts).filter(([, n]) => n > 0)
    .map(([table, count]) => t('outbox.countItem', { table: t(`outbox.tables.${table}`, { defaultValue: table }), count: count.toLocaleString() as never }));
  return items.length ? items.join('，') : '0';
}
