// Ctrl+Z and Ctrl+D for a grid whose cells are saved one by one: every saved edit is remembered for undo, undo saves
// the old value again, fill-down saves each row of the range and sums up the outcome in one notice.
import type { GridApi, IRowNode, SuppressKeyboardEventParams } from 'ag-grid-community';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../Toasts';
import type { CellRange } from './cellRange';
import { fillDown } from './fillDown';
import { isCtrlKey } from './gridKeys';
import { useUndoStack } from './undo';

/** Saves one cell through the normal update; resolves to null when saved, or why it was not. */
export type SaveCell<T> = (node: IRowNode<T>, colId: string, value: unknown, before: unknown) => Promise<string | null>;

export function useGridEdits<T>(api: () => GridApi<T> | null, save: SaveCell<T>, range: () => CellRange | null) {
  const { t } = useTranslation();
  const toast = useToast();
  const undo = useUndoStack();
  const current = useRef({ save, range });
  current.current = { save, range };

  /** Saves a cell and remembers it for Ctrl+Z. */
  const saveEdit = useCallback(
    async (node: IRowNode<T>, colId: string, value: unknown, before: unknown) => {
      const reason = await current.current.save(node, colId, value, before);
      if (reason === null && node.id) undo.push({ rowId: node.id, colId, before, after: value });
      return reason;
    },
    [undo],
  );

  const undoLast = useCallback(
    async (grid: GridApi<T>) => {
      const edit = undo.pop();
      if (!edit) {
        toast.show(t('grid.undo.nothing'), 'info');
        return;
      }
      const node = grid.getRowNode(edit.rowId);
      if (!node?.data) {
        toast.show(t('grid.undo.gone'), 'error');
        return;
      }
      const reason = await current.current.save(node, edit.colId, edit.before, edit.after);
      if (reason !== null) {
        toast.show(reason, 'error');
        return;
      }
      const field = grid.getColumn(edit.colId)?.getColDef().headerName ?? '';
      toast.show(
        t('grid.undo.done', {
          field,
          value: grid.getCellValue({ rowNode: node, colKey: edit.colId, useFormatter: true }) ?? '',
        }),
      );
    },
    [t, toast, undo],
  );

  const fillRange = useCallback(
    async (grid: GridApi<T>, selected: CellRange) => {
      const result = await fillDown(
        grid,
        selected,
        (node, colId, value) => {
          const before = grid.getCellValue({ rowNode: node, colKey: colId, from: 'data' });
          return saveEdit(node, colId, value, before);
        },
        t('grid.fillDown.readOnly'),
      );
      if (!result) {
        toast.show(t('grid.fillDown.nothing'), 'info');
        return;
      }
      const reasons = [...new Set(result.refused)].join(t('grid.listSeparator'));
      toast.show(
        result.refused.length
          ? t('grid.fillDown.refused', { saved: result.saved, refused: result.refused.length, reasons })
          : t('grid.fillDown.done', { saved: result.saved }),
        result.refused.length ? 'error' : 'success',
      );
    },
    [saveEdit, t, toast],
  );

  const editKey = useCallback(
    (params: SuppressKeyboardEventParams<T>) => {
      const { event, editing, api: grid } = params;
      if (editing) return false;
      if (isCtrlKey(event, 'z')) {
        event.preventDefault();
        void undoLast(grid);
        return true;
      }
      if (isCtrlKey(event, 'd')) {
        event.preventDefault();
        const selected = current.current.range();
        if (selected && selected.anchor !== selected.extent) void fillRange(grid, selected);
        else toast.show(t('grid.fillDown.nothing'), 'info');
        return true;
      }
      return false;
    },
    [fillRange, t, toast, undoLast],
  );

  return { saveEdit, editKey, api };
}
