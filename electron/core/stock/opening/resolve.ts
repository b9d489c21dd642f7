// Matches the sheet's warehouses, items and donors to the office's records: a warehouse by code or name,
// an item by code (then name), a donor by name. What matches nothing is listed for the clerk to create or
// fix; a name shared by two records cannot be told apart and is an error on its rows.
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import { officeCodeOf } from '../office';
import type { OpeningLineDraft, OpeningRowError } from './rows';

interface Named {
  id: string;
  code?: string;
  name: string;
  shelf_life_months?: number | null;
}

export interface OpeningLine extends OpeningLineDraft {
  warehouseId: string;
  itemId: string;
  donorId: string | null;
}

export interface Resolution {
  lines: OpeningLine[];
  errors: OpeningRowError[];
  missing: { warehouses: string[]; items: string[]; donors: string[] };
}

/** Lower-cased, full-width folded, spaces removed: how two spellings of one name are recognised. */
export function nameKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Key -> ids of the records it names; several ids is an ambiguous name. */
function index(records: readonly Named[], keys: (r: Named) => (string | undefined)[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const record of records) {
    for (const key of keys(record)) {
      if (!key) continue;
      const k = nameKey(key);
      let ids = map.get(k);
      if (!ids) map.set(k, (ids = new Set()));
      ids.add(record.id);
    }
  }
  return map;
}

function live(ctx: CoreContext, table: string, columns: string): Named[] {
  return rowRead<Named>(`SELECT ${columns} FROM ${table} WHERE office_code = ? AND voided = 0`)
    .on(ctx.store.sqlite)
    .all(officeCodeOf(ctx));
}

type Match = { id: string } | { missing: true } | { ambiguous: true };

function match(map: Map<string, Set<string>>, text: string): Match {
  const ids = map.get(nameKey(text));
  if (!ids) return { missing: true };
  return ids.size === 1 ? { id: [...ids][0]! } : { ambiguous: true };
}

/** The item a row names: its code column, else its name column, else the either-or column as code then name. */
function matchItem(codes: Map<string, Set<string>>, names: Map<string, Set<string>>, line: OpeningLineDraft): Match {
  if (line.itemCode !== null) return match(codes, line.itemCode);
  if (line.itemName !== null) return match(names, line.itemName);
  const byCode = match(codes, line.itemKey!);
  return 'missing' in byCode ? match(names, line.itemKey!) : byCode;
}

/** The text that names a row's item, as the clerk wrote it: listed when missing. */
export function itemText(line: OpeningLineDraft): string {
  return line.itemCode ?? line.itemName ?? line.itemKey!;
}

export function resolveOpening(ctx: CoreContext, drafts: readonly OpeningLineDraft[]): Resolution {
  const warehouses = index(live(ctx, 'stock_warehouses', 'id, code, name'), (r) => [r.code, r.name]);
  const items = live(ctx, 'stock_items', 'id, code, name, shelf_life_months');
  const perishable = new Set(items.filter((item) => item.shelf_life_months !== null).map((item) => item.id));
  const itemCodes = index(items, (r) => [r.code]);
  const itemNames = index(items, (r) => [r.name]);
  const donors = index(live(ctx, 'stock_donors', 'id, name'), (r) => [r.name]);
  const missing = {
    warehouses: new Map<string, string>(),
    items: new Map<string, string>(),
    donors: new Map<string, string>(),
  };
  const lines: OpeningLine[] = [];
  const errors: OpeningRowError[] = [];

  for (const line of drafts) {
    const found: Partial<Record<'warehouse' | 'item' | 'donor', string | null>> =
      line.donor === null ? { donor: null } : {};
    const take = (field: 'warehouse' | 'item' | 'donor', result: Match, text: string, list: Map<string, string>) => {
      if ('id' in result) found[field] = result.id;
      else if ('missing' in result) list.set(nameKey(text), text);
      else errors.push({ row: line.row, field, code: `${field.toUpperCase()}_AMBIGUOUS` });
    };
    take('warehouse', match(warehouses, line.warehouse), line.warehouse, missing.warehouses);
    take('item', matchItem(itemCodes, itemNames, line), itemText(line), missing.items);
    if (line.donor !== null) take('donor', match(donors, line.donor), line.donor, missing.donors);
    // Food, water and medicine go out first-expiring-first-out: a lot of them without its expiry cannot be placed.
    if (found.item && perishable.has(found.item) && line.expiry === null) {
      errors.push({ row: line.row, field: 'expiry', code: 'EXPIRY_REQUIRED' });
      continue;
    }
    if (found.warehouse && found.item && found.donor !== undefined) {
      lines.push({ ...line, warehouseId: found.warehouse, itemId: found.item, donorId: found.donor });
    }
  }
  return {
    lines,
    errors,
    missing: {
      warehouses: [...missing.warehouses.values()],
      items: [...missing.items.values()],
      donors: [...missing.donors.values()],
    },
  };
}
