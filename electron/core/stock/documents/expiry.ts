// First-expiring-first-out has one hard rule: goods from a lot that had expired by the document date
// leave only with a reason the keeper writes on the line (e.g. 用于培训演示, not for consumption).
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { cachedStatement } from '../../records/statements';
import type { SqlRow } from '../bulk';

interface LotExpiry {
  lotNumber: string | null;
  expiryDate: string | null;
}

/** Fails LOT_EXPIRED naming the lines whose lot expired before `documentDate` and that carry no override reason. */
export function refuseExpiredLots(ctx: CoreContext, documentDate: string, lines: readonly SqlRow[]): void {
  const lotOf = cachedStatement(
    ctx.store.sqlite,
    'SELECT lot_number AS lotNumber, expiry_date AS expiryDate FROM stock_lots WHERE id = ?',
  );
  const lots = new Map<unknown, LotExpiry | undefined>(); // each lot read once: a campaign's 1000 lines draw on a few
  const expired = [];
  for (const line of lines) {
    if (!line.lot_id || line.expired_override_reason) continue;
    if (!lots.has(line.lot_id)) lots.set(line.lot_id, lotOf.get(line.lot_id) as LotExpiry | undefined);
    const lot = lots.get(line.lot_id);
    if (lot?.expiryDate && lot.expiryDate < documentDate)
      expired.push({ line: line.line_no, lotId: line.lot_id, ...lot });
  }
  if (expired.length > 0) fail('LOT_EXPIRED', { lines: expired });
}
