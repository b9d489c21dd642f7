// Small shared formatters of the inbox screens: records per table, and what an import did per table.
import type { TFunction } from 'i18next';
import type { ApplySummary, TableCounts } from '@core/exchange/inbox/contract';

export const COUNTED: (keyof TableCounts)[] = ['new', 'updated', 'unchanged', 'voided', 'conflicts'];

/** "新增 3，更新 1" - the kinds that happened, all tables together. */
export function summaryText(t: TFunction, summary: ApplySummary | null): string {
  if (!summary) return '';
  return COUNTED.map((kind) => [kind, Object.values(summary).reduce((sum, c) => sum + c[kind], 0)] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => t('inbox.summaryItem', { label: t(`inbox.counted.${kind}`), count }))
    .join('，');
}

export function totalConflicts(summary: ApplySummary | null): number {
  return summary ? Object.values(summary).reduce((sum, c) => sum + c.conflicts, 0) : 0;
}
