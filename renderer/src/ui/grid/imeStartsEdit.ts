// Chinese typed into a focused grid cell starts editing it, as a Latin letter does. An IME only composes into an
// editable element, and AG Grid's focused cell is a plain div: so the focused editable cell is made contenteditable
// (its own input is refused), the composition runs in place, and when it ends the cell editor opens with the text.
import type { GridApi } from 'ag-grid-community';
import { GridTextEditor, offerText, withdrawText } from './GridTextEditor';

const CELL = '.ag-cell';

function focusedEditable(
  api: GridApi,
): { rowIndex: number; colKey: string; rowPinned: 'top' | 'bottom' | null } | null {
  const focused = api.getFocusedCell();
  if (!focused || api.getEditingCells().length) return null;
  const pinned = focused.rowPinned ?? null;
  const node =
    pinned === 'top'
      ? api.getPinnedTopRow(focused.rowIndex)
      : pinned === 'bottom'
        ? api.getPinnedBottomRow(focused.rowIndex)
        : api.getDisplayedRowAtIndex(focused.rowIndex);
  if (!node?.data || !focused.column.isCellEditable(node)) return null;
  return { rowIndex: focused.rowIndex, colKey: focused.column.getColId(), rowPinned: pinned };
}

/** Puts text into a popup editor that has just opened (AG Grid attaches it on the next frame). */
export function fillOpenEditor(wrap: HTMLElement, text: string): void {
  const put = (attempt: number) => {
    const input = wrap.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      '.ag-cell-inline-editing input, .ag-popup-editor textarea, .ag-cell-inline-editing textarea',
    );
    if (!input) {
      if (attempt < 10) requestAnimationFrame(() => put(attempt + 1));
      return;
    }
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.setSelectionRange(text.length, text.length);
    input.focus();
  };
  put(0);
}

/** Wires IME entry into the grid inside `wrap`; returns the clean-up. */
export function attachImeEntry(wrap: HTMLElement, api: () => GridApi | null): () => void {
  const onFocusIn = (event: FocusEvent) => {
    const cell = event.target instanceof HTMLElement && event.target.matches(CELL) ? event.target : null;
    const grid = api();
    if (!cell || !grid) return;
    if (focusedEditable(grid)) {
      cell.setAttribute('contenteditable', 'true');
      cell.setAttribute('spellcheck', 'false');
    }
  };
  const onFocusOut = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement && event.target.matches(CELL))
      event.target.removeAttribute('contenteditable');
  };
  // Only the composition may touch the cell's text; typing, paste, drop and delete are AG Grid's to handle.
  const onBeforeInput = (event: InputEvent) => {
    if (
      event.target instanceof HTMLElement &&
      event.target.matches(CELL) &&
      event.inputType !== 'insertCompositionText'
    )
      event.preventDefault();
  };
  const onCompositionEnd = (event: CompositionEvent) => {
    const cell = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(CELL) : null;
    const grid = api();
    if (!cell || !grid || cell.closest('.ag-cell-inline-editing')) return;
    const target = focusedEditable(grid);
    cell.removeAttribute('contenteditable');
    // The composed text went into the cell's own DOM: redraw the cell before the editor replaces it.
    grid.refreshCells({ force: true });
    if (!target || !event.data) return;
    // The grid's text editor opens with the text itself: filled a frame later, it would overwrite keys typed since.
    if (grid.getColumn(target.colKey)?.getColDef().cellEditor === GridTextEditor) {
      offerText({ rowIndex: target.rowIndex, rowPinned: target.rowPinned, colId: target.colKey }, event.data);
      grid.startEditingCell(target);
      if (!grid.getEditingCells().length) withdrawText();
      return;
    }
    grid.startEditingCell(target);
    fillOpenEditor(wrap, event.data);
  };
  wrap.addEventListener('focusin', onFocusIn);
  wrap.addEventListener('focusout', onFocusOut);
  wrap.addEventListener('beforeinput', onBeforeInput);
  wrap.addEventListener('compositionend', onCompositionEnd);
  return () => {
    wrap.removeEventListener('focusin', onFocusIn);
    wrap.removeEventListener('focusout', onFocusOut);
    wrap.removeEventListener('beforeinput', onBeforeInput);
    wrap.removeEventListener('compositionend', onCompositionEnd);
  };
}
