// The item catalog: code, name, category, base unit, specification, shelf life, unit value (fen).
import { stockItems } from '@db/schema';
import type { CoreContext } from '../context';
import { rowRead } from '../records/reads';
import type { ItemInput, ItemRow } from './contract';
import { readOfficeOf, requireLive } from './office';
import {
  createReference,
  readReference,
  refuseTaken,
  refuseWhileHeld,
  updateReference,
  voidReference,
  type ListOptions,
  type ReferenceSpec,
} from './reference';
import { META_SQL } from './rows';

const ITEM_SQL = `SELECT ${META_SQL('i')}, i.code, i.name, i.category_id AS categoryId, c.name AS categoryName, i.unit,
  i.specification, i.shelf_life_months AS shelfLifeMonths, i.unit_value AS unitValue, i.notes
  FROM stock_items i JOIN stock_categories c ON c.id = i.category_id`;

type StoredItem = Omit<ItemRow, 'voided'> & { voided: number };
const toItem = (row: StoredItem): ItemRow => ({ ...row, voided: row.voided === 1 });
const itemRead = (where: string) => rowRead<StoredItem>(`${ITEM_SQL} ${where}`);

const spec: ReferenceSpec<ItemInput, ItemRow> = {
  table: stockItems,
  what: 'item',
  read: (ctx, id) => {
    const row = itemRead('WHERE i.id = ?').on(ctx.store.sqlite).get(id);
    return row && toItem(row);
  },
  refuseDuplicate: (ctx, officeCode, input, exceptId) => {
    requireLive(ctx, 'stock_categories', input.categoryId, 'category');
    refuseTaken(
      ctx,
      'stock_items',
      { column: 'office_code', value: officeCode },
      'code',
      input.code,
      exceptId,
      'ITEM_CODE_DUPLICATE',
    );
  },
  refuseVoid: (ctx, id) => refuseWhileHeld(ctx, 'item_id', id, 'ITEM_IN_STOCK'),
};

export function listItems(ctx: CoreContext, options: ListOptions & { categoryId?: string } = {}): ItemRow[] {
  const where = ['i.office_code = @office'];
  if (!options.includeVoided) where.push('i.voided = 0');
  if (options.categoryId) where.push('i.category_id = @categoryId');
  const search = options.search?.trim();
  if (search) where.push(`(i.code LIKE @like OR i.name LIKE @like OR i.specification LIKE @like)`);
  const rows = itemRead(`WHERE ${where.join(' AND ')} ORDER BY c.sort_order, i.code`)
    .on(ctx.store.sqlite)
    .all({
      office: readOfficeOf(ctx, options.officeCode),
      categoryId: options.categoryId ?? null,
      like: `%${search ?? ''}%`,
    });
  return rows.map(toItem);
}

export const getItem = (ctx: CoreContext, id: string) => readReference(ctx, spec as ReferenceSpec<object, ItemRow>, id);
export const createItem = (ctx: CoreContext, input: ItemInput) => createReference(ctx, spec, input);
export const updateItem = (ctx: CoreContext, id: string, rowVersion: number, patch: Partial<ItemInput>) =>
  updateReference(ctx, spec, id, rowVersion, patch);
export const voidItem = (ctx: CoreContext, id: string, reason: string) => voidReference(ctx, spec, id, reason);
