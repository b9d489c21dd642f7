// Moving the keyboard into a grid: the first cell a clerk works in (the entry row's first column when there is one).
import type { GridApi } from 'ag-grid-community';

export function focusFirstCell(api: GridApi): boolean {
  const column = api.getAllDisplayedColumns().find((col) => !col.getColDef().suppressNavigable);
  if (!column) return false;
  if (api.getPinnedTopRowCount() > 0) {
    api.setFocusedCell(0, column, 'top');
  } else if (api.getDisplayedRowCount() > 0) {
    api.ensureIndexVisible(0);
    api.setFocusedCell(0, column);
  } else {
    return false;
  }
  return true;
}
