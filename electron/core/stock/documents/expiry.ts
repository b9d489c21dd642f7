// First-expiring-first-out has one hard rule: goods from a lot that had expired by the document date
// leave only with a reason the keeper writes on the line (e.g. 用于培训演示, not for consumption).
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { cachedStatement } from '../../records/statements';
import type { SqlRow } from '../bulk';

/** Fails LOT_EXPIRED naming the lines whose lot expired before `documentDate` and that carry no override reason. */
export function refuseExpiredLots(ctx: CoreContext, documentDate: string, lines: readonly SqlRow[]): void {
  const lotOf = cachedStatement(ctx.store.sqlite, 'SELECT lot_number AS lotNumber, expiry_date AS expiryDate FROM stock_lots WHERE id = ?');
  const expired = [];
  for (const line of lines) {
    if (!line.lot_id || line.expired_override_reason) continue;
    const lot = lotOf.get(line.lot_id) as { lotNumber: string | null; expiryDate: string | null } | undefined;
    if (lot?.expiryDate && lot.expiryDate < documentDate) expired.push({ line: line.line_no, lotId: line.lot_id, ...lot });
  }
  if (expired.length > 0) fail('LOT_EXPIRED', { lines: expired });
}
