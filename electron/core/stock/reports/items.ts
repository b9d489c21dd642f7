// Item names, units and specifications for report rows, read once per report.
import type { stockItems } from '@db/schema';
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';

export type ItemLabel = Pick<
  typeof stockItems.$inferSelect,
  'id' | 'code' | 'name' | 'unit' | 'specification' | 'categoryId'
>;

const ITEM_LABELS = rowRead<ItemLabel, [ids: string]>(
  `SELECT id, code, name, unit, specification, category_id AS categoryId FROM stock_items WHERE id IN (SELECT value FROM json_each(?))`,
);

export function itemLabels(ctx: CoreContext, ids: Iterable<string>): Map<string, ItemLabel> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = ITEM_LABELS.on(ctx.store.sqlite).all(JSON.stringify(list));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Chinese collation for rows a clerk reads. */
export const collator = new Intl.Collator('zh-CN');

/**
 * Each distinct text's place in Chinese order: rows are then sorted by numbers. Collating every comparison
 * of 20,000 rows costs a third of a second; the distinct names are a few hundred.
 */
export function collationRanks(texts: Iterable<string>): Map<string, number> {
  return new Map([...new Set(texts)].sort(collator.compare).map((text, rank) => [text, rank]));
}
