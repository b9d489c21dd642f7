// One visit as its form edits it: the row, and its issue's warehouse and lines (item, lot, quantity, value).
import type { CoreContext } from '../../context';
import { documentLines, findDocument } from '../../stock/documents/read';
import type { VisitDetail } from './contract';
import { getVisit } from './query';

export function visitDetail(ctx: CoreContext, id: string): VisitDetail {
  const visit = getVisit(ctx, id);
  if (!visit.stockDocumentId) return { ...visit, goodsLines: [], warehouseId: null };
  const document = findDocument(ctx, visit.stockDocumentId);
  return {
    ...visit,
    warehouseId: document.warehouseId,
    goodsLines: documentLines(ctx, document.id)
      .filter((line) => !line.voided)
      .map((line) => ({
        itemId: line.itemId,
        itemName: line.itemName,
        unit: line.unit,
        lotId: line.lotId,
        quantity: line.quantity,
        valueFen: line.value,
      })),
  };
}
