// The paste event on the grid (AG Grid Community has no clipboard module): one value goes into the
// focused cell, a block of rows becomes new people (handed to the page, which shows a summary).
import type { GridApi } from 'ag-grid-community';
import type { PersonField, PersonRow } from '@core/people/contract';
import { EMPTY_DRAFT, parseGender } from './fields';
import { planPaste, parseClipboard, type PastePlan } from './paste';

export const MAX_PASTE_ROWS = 500;

export interface PasteTargets {
  /** A single value for a cell the user may not change. */
  onReadOnly(): void;
  onBlock(plan: PastePlan, firstColumn: string): void;
  onTooMany(): void;
}

// A focused cell is contenteditable for the IME (ui/grid/imeStartsEdit.ts) without being edited.
function isEditing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && Boolean(target.closest('input, textarea, [contenteditable=true]:not(.ag-cell)'))
  );
}

export function handleGridPaste(event: ClipboardEvent, api: GridApi<PersonRow>, targets: PasteTargets): void {
  if (isEditing(event.target) || api.getEditingCells().length) return; // the cell editor takes it as typed text
  const text = event.clipboardData?.getData('text/plain') ?? '';
  const rows = parseClipboard(text);
  if (!rows.length) return;
  event.preventDefault();
  const focused = api.getFocusedCell();
  const columns = api.getAllDisplayedColumns().map((column) => column.getColId());

  if (rows.length === 1 && rows[0]!.length === 1) {
    if (focused)
      pasteIntoCell(api, focused.rowIndex, focused.rowPinned ?? null, focused.column.getColId(), rows[0]![0]!, targets);
    return;
  }
  if (rows.length > MAX_PASTE_ROWS + 1) {
    targets.onTooMany();
    return;
  }
  const start = focused ? Math.max(0, columns.indexOf(focused.column.getColId())) : columns.indexOf('name');
  const fromColumn = columns.slice(start);
  targets.onBlock(planPaste(rows, fromColumn), fromColumn.find((colId) => colId in EMPTY_DRAFT) ?? 'name');
}

function pasteIntoCell(
  api: GridApi<PersonRow>,
  rowIndex: number,
  pinned: string | null,
  colId: string,
  raw: string,
  targets: PasteTargets,
): void {
  const node = pinned === 'top' ? api.getPinnedTopRow(rowIndex) : api.getDisplayedRowAtIndex(rowIndex);
  const column = api.getColumn(colId);
  if (!node?.data || !column || !(colId in EMPTY_DRAFT) || !column.isCellEditable(node)) {
    targets.onReadOnly();
    return;
  }
  const value = colId === 'gender' ? (parseGender(raw) ?? raw) : raw.trim();
  node.setDataValue(colId as PersonField, value, 'paste');
}
