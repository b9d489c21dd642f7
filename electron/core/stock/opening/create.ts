// createMissing: the warehouses, items and donors the sheet names and the office lacks, created through
// the catalog's own functions (their uniqueness rules apply) inside the import's transaction.
import { FIELD_LIMITS } from '@rules/limits';
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../records/statements';
import { listCategories, createCategory } from '../categories';
import { createDonor } from '../donors';
import { createItem } from '../items';
import { officeCodeOf } from '../office';
import { createWarehouse } from '../warehouses';
import { sheetItemCategory } from './notes';
import { itemText, nameKey } from './resolve';
import type { OpeningLineDraft } from './rows';

/** What a new item gets when the sheet has no unit or category column. */
export const DEFAULT_UNIT = '个';

// Words in the names of organisations; a donor without them is taken for a person (editable later).
const ORGANISATION =
  /公司|企业|集团|协会|商会|基金会|银行|医院|学校|大学|中学|小学|委员会|政府|局|厂|店|中心|社|所|院|部|会$|有限|合作|联合|红十字/;

export interface Created {
  warehouses: number;
  items: number;
  donors: number;
}

export function createMissing(
  ctx: CoreContext,
  drafts: readonly OpeningLineDraft[],
  missing: { warehouses: string[]; items: string[]; donors: string[] },
): Created {
  const { code: codeMax, name: nameMax } = FIELD_LIMITS.stock_warehouses;
  // Room left for the -2, -3 ... freeCode adds when the code is taken.
  for (const name of missing.warehouses)
    createWarehouse(ctx, {
      code: freeCode(ctx, 'stock_warehouses', name.slice(0, codeMax - 4)),
      name: name.slice(0, nameMax),
    });
  for (const text of missing.items)
    createMissingItem(
      ctx,
      drafts.find((d) => nameKey(itemText(d)) === nameKey(text))!,
    );
  for (const name of missing.donors)
    createDonor(ctx, { kind: ORGANISATION.test(name) ? 'organisation' : 'person', name, anonymous: false });
  return { warehouses: missing.warehouses.length, items: missing.items.length, donors: missing.donors.length };
}

/** The item as the first row naming it describes it: its code (or one made up), name, unit, category (the sheet's or the one proposed from its name), value. */
function createMissingItem(ctx: CoreContext, line: OpeningLineDraft): void {
  const { name, category } = sheetItemCategory(
    line,
    listCategories(ctx).map((c) => c.name),
  );
  const code = line.itemCode ?? freeCode(ctx, 'stock_items', 'WZ', true);
  createItem(ctx, {
    code,
    name: name.slice(0, FIELD_LIMITS.stock_items.name),
    categoryId: categoryId(ctx, category),
    unit: line.unit ?? DEFAULT_UNIT,
    specification: line.specification,
    shelfLifeMonths: null,
    unitValue: line.unitValueFen ?? 0,
  });
}

function categoryId(ctx: CoreContext, name: string): string {
  const existing = listCategories(ctx).find((c) => nameKey(c.name) === nameKey(name));
  return existing?.id ?? createCategory(ctx, { name }).id;
}

/** `wanted` if no live record has that code, else wanted-2, -3 ...; with `numbered`, WZ0001, WZ0002 ... */
function freeCode(ctx: CoreContext, table: string, wanted: string, numbered = false): string {
  const taken = cachedStatement(
    ctx.store.sqlite,
    `SELECT 1 FROM ${table} WHERE office_code = ? AND code = ? AND voided = 0`,
  );
  const office = officeCodeOf(ctx);
  for (let n = numbered ? 1 : 0; ; n++) {
    const code = numbered ? `${wanted}${String(n).padStart(4, '0')}` : n === 0 ? wanted : `${wanted}-${n + 1}`;
    if (!taken.get(office, code)) return code;
  }
}
