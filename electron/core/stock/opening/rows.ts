// Each data row of the opening sheet read into a line, or the reasons it cannot be: every problem is
// reported by spreadsheet row, field and code, so the clerk can fix the file and import it again.
import { FIELD_LIMITS } from '@rules/limits';
import { parseSheetDate } from '../../spreadsheet/dates';
import { cellText, type SheetRow } from '../../spreadsheet/sheet';
import { parseQuantity, parseYuanToFen } from './amounts';
import type { OpeningColumns } from './columns';

export type OpeningRowField = 'warehouse' | 'item' | 'lot' | 'expiry' | 'quantity' | 'unitValue' | 'donor';

export interface OpeningRowError {
  row: number;
  field: OpeningRowField;
  code: string;
}

/** A row as read, before warehouses, items and donors are matched to the office's records. */
export interface OpeningLineDraft {
  row: number;
  warehouse: string;
  itemCode: string | null;
  itemName: string | null;
  /** A column that may hold either: matched as a code first, then as a name. */
  itemKey: string | null;
  lot: string | null;
  expiry: string | null;
  quantity: number;
  unitValueFen: number | null;
  donor: string | null;
  /** For creating a missing item. */
  unit: string | null;
  category: string | null;
  specification: string | null;
}

/** A warehouse, item or donor is matched by its code or name; the longer of the two limits the cell. */
const MAX_TEXT = {
  warehouse: Math.max(FIELD_LIMITS.stock_warehouses.code, FIELD_LIMITS.stock_warehouses.name),
  item: Math.max(FIELD_LIMITS.stock_items.code, FIELD_LIMITS.stock_items.name),
  lot: FIELD_LIMITS.stock_lots.lotNumber,
  donor: FIELD_LIMITS.stock_donors.name,
} as const;

export function readOpeningRows(
  rows: readonly SheetRow[],
  columns: OpeningColumns,
): { lines: OpeningLineDraft[]; errors: OpeningRowError[] } {
  const lines: OpeningLineDraft[] = [];
  const errors: OpeningRowError[] = [];
  for (const row of rows) {
    const rowErrors: OpeningRowError[] = [];
    const problem = (field: OpeningRowField, code: string) => {
      rowErrors.push({ row: row.number, field, code });
    };
    const text = (index: number | undefined) => (index === undefined ? null : cellText(row.cells[index]));
    const textField = (index: number | undefined, field: keyof typeof MAX_TEXT, max: number = MAX_TEXT[field]) => {
      const value = text(index);
      if (value !== null && value.length > max) problem(field, 'TEXT_TOO_LONG');
      return value;
    };

    const warehouse = textField(columns.warehouse, 'warehouse');
    if (warehouse === null) problem('warehouse', 'WAREHOUSE_REQUIRED');
    const itemCode = textField(columns.itemCode, 'item', FIELD_LIMITS.stock_items.code); // a new item keeps it as its code
    const itemName = textField(columns.itemName, 'item');
    const itemKey = textField(columns.item, 'item');
    if (itemCode === null && itemName === null && itemKey === null) problem('item', 'ITEM_REQUIRED');
    const lot = textField(columns.lot, 'lot');
    const donor = textField(columns.donor, 'donor');

    const expiryCell = columns.expiry === undefined ? null : (row.cells[columns.expiry] ?? null);
    let expiry: string | null = null;
    if (cellText(expiryCell) !== null) {
      const parsed = parseSheetDate(expiryCell);
      if (parsed.ok) expiry = parsed.date;
      else problem('expiry', parsed.code);
    }
    const quantity = parseQuantity(columns.quantity === undefined ? null : (row.cells[columns.quantity] ?? null));
    if (!quantity.ok) problem('quantity', quantity.code);
    const value = parseYuanToFen(columns.unitValue === undefined ? null : (row.cells[columns.unitValue] ?? null));
    if (!value.ok) problem('unitValue', value.code);

    if (rowErrors.length > 0 || !quantity.ok || !value.ok) {
      errors.push(...rowErrors);
      continue;
    }
    lines.push({
      row: row.number,
      warehouse: warehouse!,
      itemCode,
      itemName,
      itemKey,
      lot,
      expiry,
      quantity: quantity.value,
      unitValueFen: value.value,
      donor,
      unit: text(columns.unit)?.slice(0, FIELD_LIMITS.stock_items.unit) ?? null,
      category: text(columns.category)?.slice(0, FIELD_LIMITS.stock_categories.name) ?? null,
      specification: text(columns.specification)?.slice(0, FIELD_LIMITS.stock_items.specification) ?? null,
    });
  }
  return { lines, errors };
}
