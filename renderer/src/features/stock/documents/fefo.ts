// 先到期先出: lines that name an item and a quantity but no lot are split into lines drawn from the
// lots the backend proposes (earliest expiry first, expired lots never proposed).
import { stockCall } from '../api';
import { parseQuantity } from '../money';
import { blankLine, type LineDraft } from './draft';

export interface FefoResult {
  lines: LineDraft[];
  lotsUsed: number;
  shortfalls: Record<string, number>;
}

export async function allocateFefo(warehouseId: string, asOf: string, lines: LineDraft[]): Promise<FefoResult> {
  const out: LineDraft[] = [];
  const shortfalls: Record<string, number> = {};
  let lotsUsed = 0;
  for (const line of lines) {
    const quantity = parseQuantity(line.quantity);
    if (line.lotId || !line.itemId || !quantity) {
      out.push(line);
      continue;
    }
    const proposal = await stockCall('stock.lots.propose', { warehouseId, itemId: line.itemId, quantity, asOf });
    proposal.picks.forEach((pick, index) => {
      lotsUsed++;
      out.push({
        ...(index === 0 ? line : blankLine()),
        itemId: line.itemId,
        lotId: pick.lotId,
        lotNumber: pick.lotNumber ?? '',
        expiryDate: pick.expiryDate ?? '',
        quantity: String(pick.take),
      });
    });
    if (proposal.shortfall > 0) {
      const rest = {
        ...(proposal.picks.length ? blankLine() : line),
        itemId: line.itemId,
        quantity: String(proposal.shortfall),
      };
      shortfalls[rest.key] = proposal.shortfall;
      out.push(rest);
    }
  }
  return { lines: out, lotsUsed, shortfalls };
}
