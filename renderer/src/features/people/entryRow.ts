// The entry row pinned on top of the people grid, kept like a spreadsheet's last row: Enter commits the cell and
// saves the row, and the row stays the entry row (a saved person goes into the list, the row comes back blank);
// leaving the row saves it too. A refused save puts the keyboard on the offending cell of this row - never on a
// stored person's row, where typing would change real data.
import type {
  CellFocusedEvent,
  CellPosition,
  GridApi,
  SuppressKeyboardEventParams,
  TabToNextCellParams,
} from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonField, PersonRow } from '@core/people/contract';
import { useToast } from '../../ui';
import { draftToInput, isDraftEmpty, rowToDraft } from './fields';
import { blankRow, isNewRow } from './gridContext';
import { issuesOf, issueText, saveErrorText } from './issues';
import { createPerson, type AskWarnings } from './saving';

type Issues = Partial<Record<PersonField, string>>;

/** The first column (in the order shown) with an issue, else the column the clerk was in, else the name. */
function offendingColumn(api: GridApi<PersonRow>, issues: Issues, fallback: string | null): string {
  const shown = api.getAllDisplayedColumns().map((column) => column.getColId());
  return shown.find((colId) => colId in issues) ?? fallback ?? 'name';
}

/** Runs `then` once the grid shows `row` as its entry row (AG Grid takes new pinned rows a frame or two later). */
function whenShown(grid: GridApi<PersonRow>, row: PersonRow, then: () => void, frames = 30): void {
  if (grid.getPinnedTopRow(0)?.data === row || frames === 0) {
    then();
    return;
  }
  requestAnimationFrame(() => whenShown(grid, row, then, frames - 1));
}

export function useEntryRow(api: () => GridApi<PersonRow> | null, ask: AskWarnings, onAdded: () => void) {
  const { t } = useTranslation();
  const toast = useToast();
  const [newRow, setNewRow] = useState<PersonRow>(blankRow);
  const [issues, setIssues] = useState<Issues>({});
  const saving = useRef(false);
  const added = useRef(onAdded);
  added.current = onAdded;
  // One array per entry row: a new array each render would make AG Grid rebuild the row under the clerk's typing.
  const pinnedRows = useMemo(() => [newRow], [newRow]);

  const focusEntry = useCallback(
    (colId: string) => {
      const grid = api();
      if (!grid) return;
      grid.ensureColumnVisible(colId);
      grid.setFocusedCell(0, colId, 'top');
    },
    [api],
  );

  const saveNew = useCallback(async () => {
    const grid = api();
    const row = grid?.getPinnedTopRow(0)?.data;
    if (!grid || !row || saving.current || isDraftEmpty(rowToDraft(row))) return;
    const wasIn = grid.getFocusedCell();
    const from = wasIn?.rowPinned === 'top' ? wasIn.column.getColId() : null;
    saving.current = true;
    try {
      const saved = await createPerson(draftToInput(rowToDraft(row)), ask);
      if (!saved) {
        focusEntry(from ?? 'name');
        return;
      }
      toast.show(t('people.created', { name: saved.person.name }));
      if (grid.getEditingCells().some((cell) => cell.rowPinned === 'top')) grid.stopEditing(true);
      setIssues({});
      const blank = blankRow();
      setNewRow(blank);
      grid.refreshInfiniteCache();
      added.current();
      if (from) whenShown(grid, blank, () => focusEntry('name'));
    } catch (error) {
      const found = issuesOf(error);
      const next: Issues = found ? Object.fromEntries(found.map((issue) => [issue.field, issueText(t, issue)])) : {};
      setIssues(next);
      toast.show(t('people.saveFailed', { message: saveErrorText(t, error) }), 'error');
      grid.refreshCells({ rowNodes: [grid.getPinnedTopRow(0)!], force: true });
      focusEntry(offendingColumn(grid, next, from));
    } finally {
      saving.current = false;
    }
  }, [api, ask, focusEntry, t, toast]);

  const clearNew = useCallback(() => {
    setNewRow(blankRow());
    setIssues({});
  }, []);
  const fixed = useCallback((field: PersonField) => {
    setIssues((current) => {
      if (!current[field]) return current;
      const { [field]: _fixed, ...rest } = current;
      return rest;
    });
  }, []);

  // Leaving the entry row (arrow down, a click elsewhere) saves it, as a spreadsheet row would be.
  const lastPinned = useRef<string | null>(null);
  const onCellFocused = useCallback(
    (event: CellFocusedEvent<PersonRow>) => {
      const pinned = event.rowPinned ?? null;
      if (lastPinned.current === 'top' && pinned !== 'top') setTimeout(() => void saveNew(), 0);
      lastPinned.current = pinned;
    },
    [saveNew],
  );

  /** Enter in the entry row: commit the cell being typed and save the row (an empty row: just edit the cell). */
  const enterKey = useCallback(
    (params: SuppressKeyboardEventParams<PersonRow>) => {
      const { event, node, api: grid, column } = params;
      if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || !isNewRow(node))
        return false;
      event.preventDefault();
      setTimeout(() => {
        if (params.editing) grid.stopEditing();
        const row = grid.getPinnedTopRow(0)?.data;
        if (row && !isDraftEmpty(rowToDraft(row))) void saveNew();
        // Keys typed before this ran have started the edit themselves: opening it again would drop them.
        else if (!params.editing && !grid.getEditingCells().length)
          grid.startEditingCell({ rowIndex: 0, colKey: column, rowPinned: 'top' });
      }, 0);
      return true;
    },
    [saveNew],
  );

  /** Tab past the entry row's last cell saves it and comes back to its first cell, never into a stored person's row. */
  const tabToNextCell = useCallback(
    (params: TabToNextCellParams<PersonRow>): CellPosition | boolean => {
      const { previousCellPosition: from, nextCellPosition: next, backwards, api: grid } = params;
      if (from.rowPinned !== 'top' || backwards || next?.rowPinned === 'top') return next ?? false;
      setTimeout(() => {
        grid.stopEditing();
        void saveNew();
      }, 0);
      return false;
    },
    [saveNew],
  );

  return { pinnedRows, issues, tabToNextCell, saveNew, clearNew, fixed, onCellFocused, enterKey };
}
