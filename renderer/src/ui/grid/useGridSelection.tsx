// What a read-only grid (warehouse lists, the audit log) takes from the shared pieces: a one-column range with its
// status bar, and, when its rows open something, Enter and the row menu to open the focused row.
import type {
  CellFocusedEvent,
  GridApi,
  GridReadyEvent,
  IRowNode,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { rangeStyle, useCellRange } from './cellRange';
import { useGridKeys } from './gridKeys';
import { useRowMenu } from './RowMenu';
import { StatusBar } from './StatusBar';

export function useGridSelection<T>(onOpen?: (row: T) => void) {
  const { t } = useTranslation();
  const apiRef = useRef<GridApi<T> | null>(null);
  const api = useCallback(() => apiRef.current, []);
  const wrapRef = useRef<HTMLDivElement>(null);
  const scope = useId();
  const range = useCellRange(api);
  const menu = useRowMenu(api, (node: IRowNode<T>) =>
    onOpen && node.data
      ? [{ id: 'open', label: t('grid.open'), shortcut: 'Enter', run: () => onOpen(node.data!) }]
      : [],
  );
  const openKey = useCallback(
    (params: SuppressKeyboardEventParams<T>) => {
      if (!onOpen || params.event.key !== 'Enter' || !params.node.data) return false;
      onOpen(params.node.data);
      return true;
    },
    [onOpen],
  );
  const keys = useGridKeys([menu.menuKey, openKey, range.shiftArrowKey]);
  const { attach } = range;
  useEffect(() => (wrapRef.current ? attach(wrapRef.current) : undefined), [attach]);
  const css = useMemo(() => rangeStyle(`[data-grid-scope="${scope}"]`, range.range), [scope, range.range]);

  return {
    api,
    /** Spread on the element around the grid. */
    wrapProps: { ref: wrapRef, 'data-grid-scope': scope },
    gridProps: {
      onGridReady: (event: GridReadyEvent<T>) => {
        apiRef.current = event.api;
      },
      onCellFocused: (event: CellFocusedEvent<T>) => range.onCellFocused(event),
      onCellContextMenu: menu.onCellContextMenu,
      preventDefaultOnContextMenu: true,
    },
    suppressKeyboardEvent: keys,
    footer: (
      <>
        <StatusBar api={apiRef.current} range={range.range} />
        <style>{css}</style>
        {menu.element}
      </>
    ),
  };
}
