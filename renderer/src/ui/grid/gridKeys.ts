// One keyboard hook for a grid: handlers tried in order on every key AG Grid sees (a handler returning true has
// taken the key, and the grid leaves it alone). Keys of an IME composition are never the grid's: Enter that picks
// a Chinese word must not commit the cell.
import type { SuppressKeyboardEventParams } from 'ag-grid-community';
import { useCallback, useRef } from 'react';

export type GridKeyHandler = (params: SuppressKeyboardEventParams) => boolean;

export function useGridKeys(handlers: GridKeyHandler[]): (params: SuppressKeyboardEventParams) => boolean {
  const current = useRef(handlers);
  current.current = handlers;
  return useCallback((params: SuppressKeyboardEventParams) => {
    const event = params.event;
    if (event.isComposing || event.keyCode === 229) return true;
    if (event.type !== 'keydown') return false;
    return current.current.some((handler) => handler(params));
  }, []);
}

/** Ctrl (or ⌘) with a letter, no other modifier. */
export function isCtrlKey(event: KeyboardEvent, letter: string): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === letter;
}
