// First-expiring-first-out has one hard rule: goods from a lot that had expired by the document date
// leave only with a reason the keeper writes on the line (e.g. 用于培训演示, not for consumption).
import type { stockDocumentLines, stockLots } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import type { RecordFields } from '../../records/meta';
import { rowRead } from '../../records/reads';

type Line = RecordFields<typeof stockDocumentLines>;

type LotExpiry = Pick<typeof stockLots.$inferSelect, 'lotNumber' | 'expiryDate'>;
const LOT_EXPIRY = rowRead<LotExpiry, [lotId: string]>(
  'SELECT lot_number AS lotNumber, expiry_date AS expiryDate FROM stock_lots WHERE id = ?',
);

/** Fails LOT_EXPIRED naming the lines whose lot expired before `documentDate` and that carry no override reason. */
export function refuseExpiredLots(
  ctx: CoreContext,
  documentDate: string,
  lines: readonly Pick<Line, 'lineNo' | 'lotId' | 'expiredOverrideReason'>[],
): void {
  const lotOf = LOT_EXPIRY.on(ctx.store.sqlite);
  const lots = new Map<string, LotExpiry | undefined>(); // each lot read once: a campaign's 1000 lines draw on a few
  const expired = [];
  for (const line of lines) {
    if (!line.lotId || line.expiredOverrideReason) continue;
    if (!lots.has(line.lotId)) lots.set(line.lotId, lotOf.get(line.lotId));
    const lot = lots.get(line.lotId);
    if (lot?.expiryDate && lot.expiryDate < documentDate)
      expired.push({ line: line.lineNo, lotId: line.lotId, ...lot });
  }
  if (expired.length > 0) fail('LOT_EXPIRED', { lines: expired });
}
