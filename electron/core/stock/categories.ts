// Item categories: an editable list; a new office starts with the usual ones (帐篷, 棉被 ...).
import { and, count, eq, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { stockCategories, stockItems } from '@db/schema';
import { DEFAULT_CATEGORIES } from '@rules/stock';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { insertRecord } from '../records/write';
import type { CategoryInput, CategoryRow } from './contract';
import { officeCodeOf } from './office';
import {
  createReference,
  listReference,
  refuseTaken,
  selectById,
  updateReference,
  voidReference,
  type ListOptions,
  type ReferenceSpec,
} from './reference';

const countOf = (ctx: CoreContext, table: SQLiteTable, where: SQL | undefined): number =>
  ctx.store.orm.select({ n: count() }).from(table).where(where).get()?.n ?? 0;

const spec: ReferenceSpec<CategoryInput, CategoryRow> = {
  table: stockCategories,
  what: 'category',
  read: (ctx, id) => selectById(ctx, stockCategories, id),
  refuseDuplicate: (ctx, officeCode, input, exceptId) => {
    refuseTaken(
      ctx,
      'stock_categories',
      { column: 'office_code', value: officeCode },
      'name',
      input.name,
      exceptId,
      'CATEGORY_NAME_DUPLICATE',
    );
  },
  refuseVoid: (ctx, id) => {
    const items = countOf(ctx, stockItems, and(eq(stockItems.categoryId, id), eq(stockItems.voided, false)));
    if (items > 0) fail('CATEGORY_IN_USE', { items });
  },
};

/** Writes the default categories the first time an office looks at its categories. */
// The one read method that writes: stock.categories.list is a read, so the router opens no transaction and this takes
// its own (immediate, checked again inside) the first time only. Set-up could write them instead, but then every
// office's first package carries them even if it never keeps stock.
function ensureDefaults(ctx: CoreContext): void {
  const officeCode = officeCodeOf(ctx);
  const held = () => countOf(ctx, stockCategories, eq(stockCategories.officeCode, officeCode));
  if (held() > 0) return;
  ctx.store.sqlite
    .transaction(() => {
      if (held() > 0) return;
      DEFAULT_CATEGORIES.forEach((name, i) =>
        insertRecord(ctx, stockCategories, officeCode, { name, sortOrder: (i + 1) * 10 }),
      );
    })
    .immediate();
}

export function listCategories(ctx: CoreContext, options: ListOptions = {}): CategoryRow[] {
  ensureDefaults(ctx);
  return listReference(
    ctx,
    stockCategories,
    options,
    [stockCategories.name],
    [stockCategories.sortOrder, stockCategories.name],
  );
}

export const createCategory = (ctx: CoreContext, input: CategoryInput) => createReference(ctx, spec, input);
export const updateCategory = (ctx: CoreContext, id: string, rowVersion: number, patch: Partial<CategoryInput>) =>
  updateReference(ctx, spec, id, rowVersion, patch);
export const voidCategory = (ctx: CoreContext, id: string, reason: string) => voidReference(ctx, spec, id, reason);
