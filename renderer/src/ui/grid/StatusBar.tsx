// The line under a grid that a spreadsheet user looks at: how many cells are selected, how many hold a value, and
// their sum when every value is a number (never a sum of phone numbers, which are text).
import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import { rangeBounds, rangeNodes, type CellRange } from './cellRange';

export interface RangeFigures { cells: number; filled: number; sum: number | null }

export function rangeFigures<T>(api: GridApi<T>, range: CellRange): RangeFigures {
  const [top, bottom] = rangeBounds(range);
  const values = rangeNodes(api, range).map((node) => api.getCellValue({ rowNode: node, colKey: range.colId, from: 'data' }));
  const filled = values.filter((value) => value !== null && value !== undefined && value !== '');
  const numeric = filled.length > 0 && filled.every((value) => typeof value === 'number');
  return { cells: bottom - top + 1, filled: filled.length, sum: numeric ? filled.reduce((sum: number, value) => sum + (value as number), 0) : null };
}

export function StatusBar<T>({ api, range, hint }: { api: GridApi<T> | null; range: CellRange | null; hint?: string }) {
  const { t, i18n } = useTranslation();
  const figures = api && range && range.anchor !== range.extent ? rangeFigures(api, range) : null;
  return (
    <div className="grid-status" aria-live="polite">
      {!figures && hint && <span className="grid-status-hint">{hint}</span>}
      {figures && <span>{t('grid.status.cells', { count: figures.cells })}</span>}
      {figures && <span>{t('grid.status.filled', { count: figures.filled })}</span>}
      {figures?.sum !== null && figures && <span>{t('grid.status.sum', { sum: figures.sum.toLocaleString(i18n.language) })}</span>}
    </div>
  );
}
