// A grid's column layout (order, widths, pinned, hidden) remembered per user: restored from prefs when the grid
// is ready, saved (debounced) after every move, resize, hide or pin the user makes, forgotten by 重置列.
// Columns the page itself shows or hides (a colDef with `hide`, e.g. 作废原因 with "show voided") keep the
// page's choice: their visibility is neither saved nor restored.
import type { ColumnState, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef } from 'react';
import { call } from '../../api/client';

const SAVE_AFTER_MS = 600;
const QUIET_MS = 400;

export interface SavedColumn {
  colId: string;
  width?: number | null;
  hide?: boolean;
  pinned?: ColumnState['pinned'];
}

function pageControlsVisibility(api: GridApi, colId: string): boolean {
  return api.getColumn(colId)?.getColDef().hide !== undefined;
}

export function layoutOf(api: GridApi): SavedColumn[] {
  return api.getColumnState().map((state) => ({
    colId: state.colId,
    width: state.width,
    pinned: state.pinned ?? null,
    ...(pageControlsVisibility(api, state.colId) ? {} : { hide: Boolean(state.hide) }),
  }));
}

function isLayout(value: unknown): value is SavedColumn[] {
  return (
    Array.isArray(value) &&
    value.every((c) => typeof c === 'object' && c !== null && typeof (c as SavedColumn).colId === 'string')
  );
}

function applyLayout(api: GridApi, layout: SavedColumn[]): void {
  const state: ColumnState[] = layout
    .filter((c) => api.getColumn(c.colId))
    .map(({ colId, width, pinned, hide }) => ({
      colId,
      width,
      pinned,
      ...(hide === undefined || pageControlsVisibility(api, colId) ? {} : { hide }),
    }));
  api.applyColumnState({ state, applyOrder: true });
}

const NOT_THE_USER = new Set(['gridInitializing', 'gridOptionsUpdated', 'flex', 'sizeColumnsToFit', 'autosizeColumns']);

const LAYOUT_EVENTS = ['columnMoved', 'columnResized', 'columnVisible', 'columnPinned'] as const;

/** `key`: the preference name, e.g. "grid:people". Returns 重置列: the columns as the page defines them. */
export function useColumnLayout(key: string, api: GridApi | null): { reset(): void } {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Some column events arrive after applyColumnState returns: ours are those within a moment of applying.
  const quietUntil = useRef(0);
  const initial = useRef<ColumnState[] | null>(null);

  useEffect(() => {
    if (!api) return;
    let live = true;
    initial.current = api.getColumnState();
    // Read when it changes, not when saved: the grid may be gone by then (the page was left within the delay).
    let pending: SavedColumn[] = [];
    const save = () => {
      void call('prefs.set', { key, value: pending }).catch(() => undefined);
    };
    const changed = (event: { source?: string; finished?: boolean }) => {
      // Only what the user did (header drags, the 列 menu): not the grid setting itself up, nor our own restore.
      if (Date.now() < quietUntil.current || event.finished === false || NOT_THE_USER.has(event.source ?? '')) return;
      pending = layoutOf(api);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_AFTER_MS);
    };
    for (const type of LAYOUT_EVENTS) api.addEventListener(type, changed);
    call('prefs.get', { key })
      .then(({ value }) => {
        if (!live || api.isDestroyed() || !isLayout(value)) return;
        quietUntil.current = Date.now() + QUIET_MS;
        applyLayout(api, value);
      })
      .catch(() => undefined); // a layout that cannot be read leaves the page's own
    return () => {
      live = false;
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = null;
        save();
      }
      if (!api.isDestroyed()) for (const type of LAYOUT_EVENTS) api.removeEventListener(type, changed);
    };
  }, [api, key]);

  const reset = useCallback(() => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (api && initial.current) {
      quietUntil.current = Date.now() + QUIET_MS;
      api.applyColumnState({
        state: initial.current.map(({ sort: _s, sortIndex: _i, ...rest }) => rest),
        applyOrder: true,
      });
    }
    void call('prefs.set', { key, value: null }).catch(() => undefined);
  }, [api, key]);

  return { reset };
}
