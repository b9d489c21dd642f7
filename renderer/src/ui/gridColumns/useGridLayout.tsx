// For a grid page: the grid's api once ready, its column layout remembered per user (useColumnLayout) and the
// 列设置 menu for its toolbar. `key` names the grid; layoutKey() derives one from the columns when pages share a grid.
import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import { useCallback, useState, type ReactNode } from 'react';
import { ColumnsMenu } from './ColumnsMenu';
import { useColumnLayout } from './useColumnLayout';

export function useGridLayout<T>(key: string): {
  api: GridApi<T> | null;
  onGridReady(event: GridReadyEvent<T>): void;
  menu: ReactNode;
} {
  const [api, setApi] = useState<GridApi<T> | null>(null);
  const layout = useColumnLayout(key, api as GridApi | null);
  const onGridReady = useCallback((event: GridReadyEvent<T>) => setApi(event.api), []);
  return { api, onGridReady, menu: <ColumnsMenu api={api as GridApi | null} onReset={layout.reset} /> };
}

/** "grid:stock.k3j9x": a short stable name for a grid known by its columns (FNV-1a of the column ids). */
export function layoutKey(prefix: string, colIds: readonly (string | undefined)[]): string {
  let hash = 0x811c9dc5;
  for (const char of colIds.join('|')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `${prefix}.${hash.toString(36)}`;
}
