// Ctrl+D: the first cell of the selected range copied into the cells below it, each row saved through the grid's
// own save (the normal update, audited), then one summary of what was saved and what was refused.
import type { GridApi, IRowNode } from 'ag-grid-community';
import { rangeNodes, type CellRange } from './cellRange';

/** Saves one cell; resolves to null when saved, or the reason it was refused. */
type SaveValue<T> = (node: IRowNode<T>, colId: string, value: unknown) => Promise<string | null>;

export interface FillDownResult {
  saved: number;
  refused: string[];
}

export async function fillDown<T>(
  api: GridApi<T>,
  range: CellRange,
  save: SaveValue<T>,
  readOnly: string,
): Promise<FillDownResult | null> {
  const [first, ...rest] = rangeNodes(api, range);
  const column = api.getColumn(range.colId);
  if (!first || !rest.length || !column) return null;
  const value = api.getCellValue({ rowNode: first, colKey: range.colId, from: 'data' });
  const result: FillDownResult = { saved: 0, refused: [] };
  for (const node of rest) {
    if (!column.isCellEditable(node)) {
      result.refused.push(readOnly);
      continue;
    }
    if (api.getCellValue({ rowNode: node, colKey: range.colId, from: 'data' }) === value) continue;
    const reason = await save(node, range.colId, value);
    if (reason === null) result.saved++;
    else result.refused.push(reason);
  }
  return result;
}
