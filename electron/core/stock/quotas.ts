// Reserve quotas (储备定额): how much of an item a warehouse should hold; on hand below it is an alert.
import { and, eq } from 'drizzle-orm';
import { stockQuotas } from '@db/schema';
import type { CoreContext } from '../context';
import { rowRead } from '../records/reads';
import { insertRecord, updateRecord, voidRecord } from '../records/write';
import type { QuotaRow } from './contract';
import { officeCodeOf, readOfficeOf, requireLive } from './office';

const QUOTA_SQL = `SELECT q.id, q.row_version AS rowVersion, q.warehouse_id AS warehouseId, w.name AS warehouseName,
  q.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.unit, q.quantity,
  coalesce((SELECT sum(b.quantity) FROM stock_balances b WHERE b.item_id = q.item_id AND b.warehouse_id = q.warehouse_id), 0) AS onHand
  FROM stock_quotas q JOIN stock_warehouses w ON w.id = q.warehouse_id JOIN stock_items i ON i.id = q.item_id`;

type StoredQuota = Omit<QuotaRow, 'below'>;
const quotaRead = (where: string) => rowRead<StoredQuota>(`${QUOTA_SQL} ${where}`);
const toQuota = (row: StoredQuota): QuotaRow => ({ ...row, below: row.onHand < row.quantity });

export function listQuotas(
  ctx: CoreContext,
  options: { warehouseId?: string; belowOnly?: boolean; officeCode?: string } = {},
): QuotaRow[] {
  const rows = quotaRead(
    'WHERE q.office_code = ? AND q.voided = 0 AND (? IS NULL OR q.warehouse_id = ?) ORDER BY w.code, i.code',
  )
    .on(ctx.store.sqlite)
    .all(readOfficeOf(ctx, options.officeCode), options.warehouseId ?? null, options.warehouseId ?? null);
  return rows.map(toQuota).filter((q) => !options.belowOnly || q.below);
}

/** Sets the quota of an item in a warehouse; 0 removes it. */
export function setQuota(ctx: CoreContext, warehouseId: string, itemId: string, quantity: number): QuotaRow | null {
  const officeCode = officeCodeOf(ctx);
  const id = writeQuota(ctx, officeCode, warehouseId, itemId, quantity);
  if (!id) return null;
  return toQuota(quotaRead('WHERE q.id = ?').on(ctx.store.sqlite).get(id)!);
}

/** The quota row written (null when removed); runs inside the router's write transaction. */
function writeQuota(
  ctx: CoreContext,
  officeCode: string,
  warehouseId: string,
  itemId: string,
  quantity: number,
): string | null {
  requireLive(ctx, 'stock_warehouses', warehouseId, 'warehouse');
  requireLive(ctx, 'stock_items', itemId, 'item');
  const current = ctx.store.orm
    .select({ id: stockQuotas.id })
    .from(stockQuotas)
    .where(and(eq(stockQuotas.warehouseId, warehouseId), eq(stockQuotas.itemId, itemId), eq(stockQuotas.voided, false)))
    .get();
  if (quantity === 0) {
    if (current) voidRecord(ctx, stockQuotas, current.id, 'quota removed');
    return null;
  }
  if (current) return updateRecord(ctx, stockQuotas, current.id, { quantity }).id;
  return insertRecord(ctx, stockQuotas, officeCode, { warehouseId, itemId, quantity }).id;
}
