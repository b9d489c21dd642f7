// A simple range for grids without AG Grid's Enterprise range selection: cells of one column over neighbouring
// body rows, from the focused cell (the anchor) to the cell reached by Shift+↑/↓ or a Shift+click. It is drawn by a
// style rule (rows are recycled on scroll, so classes set on cells would wander).
import type { CellFocusedEvent, GridApi, IRowNode, SuppressKeyboardEventParams } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';

export interface CellRange {
  colId: string;
  anchor: number;
  extent: number;
}

const MAX_RANGE_ROWS = 1000;

export function rangeBounds(range: CellRange): [number, number] {
  return [Math.min(range.anchor, range.extent), Math.max(range.anchor, range.extent)];
}

/** The rows of the range that are loaded, top to bottom. */
export function rangeNodes<T>(api: GridApi<T>, range: CellRange): IRowNode<T>[] {
  const [top, bottom] = rangeBounds(range);
  const nodes: IRowNode<T>[] = [];
  for (let index = top; index <= bottom; index++) {
    const node = api.getDisplayedRowAtIndex(index);
    if (node?.data) nodes.push(node);
  }
  return nodes;
}

/** The style rule that shades the range's cells inside `scope` (a selector of the grid's wrapper). */
export function rangeStyle(scope: string, range: CellRange | null): string {
  if (!range || range.anchor === range.extent) return '';
  const [top, bottom] = rangeBounds(range);
  const cells: string[] = [];
  for (let index = top; index <= bottom; index++)
    cells.push(`${scope} .ag-grid-scrolling-container .ag-row[row-index="${index}"] .ag-cell[col-id="${range.colId}"]`);
  return `${cells.join(',\n')} { background: #dbe8fb; }`;
}

export function useCellRange<T>(api: () => GridApi<T> | null) {
  const [range, setRange] = useState<CellRange | null>(null);
  const extending = useRef(false);
  const latest = useRef<CellRange | null>(null);
  // Rows Shift+↑/↓ moved the focus to. AG Grid hands cellFocused to React later than the keys arrive: a second
  // Shift+↓ pressed before the first one's event must find the range already grown, and its event must not reset it.
  const keyMoves = useRef<number[]>([]);

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<T>) => {
      const colId = typeof event.column === 'string' ? event.column : event.column?.getColId();
      const rowIndex = event.rowIndex;
      // The row a Shift+↑/↓ moved to, when this event is that move's (its place in the queue of such moves).
      const keyMove =
        event.rowPinned || colId !== latest.current?.colId ? -1 : keyMoves.current.indexOf(rowIndex ?? -1);
      // An event for a cell the focus has already left (a click, Enter or an earlier Shift+↓, handed over late on a
      // busy machine) says nothing about the range now: taken as a fresh focus it would reset the range just grown.
      const now = api()?.getFocusedCell();
      if (
        now &&
        (now.rowIndex !== rowIndex ||
          now.column.getColId() !== colId ||
          (now.rowPinned ?? null) !== (event.rowPinned ?? null))
      ) {
        if (keyMove >= 0) keyMoves.current.splice(keyMove, 1);
        return;
      }
      if (keyMove >= 0) {
        keyMoves.current.splice(0, keyMove + 1);
        return;
      }
      keyMoves.current = [];
      const grow = extending.current;
      extending.current = false;
      const current = latest.current;
      const next =
        event.rowPinned || rowIndex === null || !colId
          ? null
          : grow && current && current.colId === colId && Math.abs(rowIndex - current.anchor) < MAX_RANGE_ROWS
            ? { ...current, extent: rowIndex }
            : { colId, anchor: rowIndex, extent: rowIndex };
      latest.current = next;
      setRange(next);
    },
    [api],
  );
  /** The range now, before React has drawn it (a key pressed right after Shift+↓ must see it). */
  const currentRange = useCallback(() => latest.current, []);

  /** Shift+↑/↓ grows or shrinks the range by one row. */
  const shiftArrowKey = useCallback(
    (params: SuppressKeyboardEventParams<T>) => {
      const { event, editing, node } = params;
      if (editing || !event.shiftKey || node.rowPinned || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp'))
        return false;
      const grid = api();
      const focused = grid?.getFocusedCell();
      if (!grid || !focused) return true;
      const next = focused.rowIndex + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0 || next >= grid.getDisplayedRowCount()) return true;
      event.preventDefault();
      const colId = focused.column.getColId();
      const current = latest.current;
      const base =
        current && current.colId === colId && current.extent === focused.rowIndex
          ? current
          : { colId, anchor: focused.rowIndex, extent: focused.rowIndex };
      if (Math.abs(next - base.anchor) >= MAX_RANGE_ROWS) return true;
      const grown = { ...base, extent: next };
      latest.current = grown;
      setRange(grown);
      keyMoves.current.push(next);
      grid.ensureIndexVisible(next);
      grid.setFocusedCell(next, focused.column);
      return true;
    },
    [api],
  );

  // A Shift+click reaches the grid as a focus change: mark it before AG Grid moves the focus.
  const attach = useCallback((wrap: HTMLElement) => {
    const onMouseDown = (event: MouseEvent) => {
      extending.current = event.shiftKey;
    };
    wrap.addEventListener('mousedown', onMouseDown, true);
    return () => wrap.removeEventListener('mousedown', onMouseDown, true);
  }, []);

  return { range, currentRange, onCellFocused, shiftArrowKey, attach };
}
