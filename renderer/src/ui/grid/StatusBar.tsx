// The line under a grid that a spreadsheet user looks at: how many cells are selected, how many hold a value, and
// their sum when every value is a number (never a sum of phone numbers, which are text). A column whose definition
// names a unit field (`context: { unitField: 'unit' }`) is summed only over one unit: 30 床 and 20 袋 are not 50.
import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import { rangeBounds, rangeNodes, type CellRange } from './cellRange';

export interface RangeFigures {
  cells: number;
  filled: number;
  sum: number | null;
  unit: string;
  mixedUnits: boolean;
}

function unitsOf<T>(api: GridApi<T>, range: CellRange): Set<string> {
  const field = (api.getColumn(range.colId)?.getColDef().context as { unitField?: string } | undefined)?.unitField;
  if (!field) return new Set();
  return new Set(rangeNodes(api, range).map((node) => String((node.data as Record<string, unknown>)[field] ?? '')));
}

export function rangeFigures<T>(api: GridApi<T>, range: CellRange): RangeFigures {
  const [top, bottom] = rangeBounds(range);
  const values = rangeNodes(api, range).map((node) =>
    api.getCellValue({ rowNode: node, colKey: range.colId, from: 'data' }),
  );
  const filled = values.filter((value) => value !== null && value !== undefined && value !== '');
  const numeric = filled.length > 0 && filled.every((value) => typeof value === 'number');
  const units = unitsOf(api, range);
  const mixedUnits = numeric && units.size > 1;
  const sum = numeric && !mixedUnits ? filled.reduce((total: number, value) => total + (value as number), 0) : null;
  return {
    cells: bottom - top + 1,
    filled: filled.length,
    sum,
    unit: units.size === 1 ? [...units][0]! : '',
    mixedUnits,
  };
}

export function StatusBar<T>({ api, range, hint }: { api: GridApi<T> | null; range: CellRange | null; hint?: string }) {
  const { t, i18n } = useTranslation();
  const figures = api && range && range.anchor !== range.extent ? rangeFigures(api, range) : null;
  return (
    <div className="grid-status" aria-live="polite">
      {!figures && hint && <span className="grid-status-hint">{hint}</span>}
      {figures && <span>{t('grid.status.cells', { count: figures.cells })}</span>}
      {figures && <span>{t('grid.status.filled', { count: figures.filled })}</span>}
      {figures?.sum !== null && figures && (
        <span>{t('grid.status.sum', { sum: figures.sum.toLocaleString(i18n.language), unit: figures.unit })}</span>
      )}
      {figures?.mixedUnits && <span>{t('grid.status.mixedUnits')}</span>}
    </div>
  );
}
