// The goods of warehouse issues as a visit or a household's timeline shows them: per document and item, the
// quantity and its value (the lot's unit value). A campaign's issue names a household per line: `personIds` keeps
// only the lines of those people (lines naming nobody belong to the document's own recipient).
import type { CoreContext } from '../context';
import { rowRead } from '../records/reads';
import type { GoodsLine } from './visits/contract';

const LINES = rowRead<GoodsLine & { documentId: string }, [{ documents: string; persons: string | null }]>(
  `SELECT ln.document_id AS documentId, ln.item_id AS itemId, i.name AS itemName, i.unit,
     sum(ln.quantity) AS quantity, sum(ln.quantity * coalesce(l.unit_value, ln.unit_value, i.unit_value)) AS valueFen
   FROM stock_document_lines ln JOIN stock_items i ON i.id = ln.item_id LEFT JOIN stock_lots l ON l.id = ln.lot_id
   WHERE ln.document_id IN (SELECT value FROM json_each(@documents)) AND ln.voided = 0
     AND (@persons IS NULL OR ln.household_person_id IS NULL
       OR ln.household_person_id IN (SELECT value FROM json_each(@persons)))
   GROUP BY ln.document_id, ln.item_id ORDER BY ln.document_id, min(ln.line_no)`,
);

export function goodsOf(
  ctx: CoreContext,
  documentIds: readonly string[],
  personIds: readonly string[] | null = null,
): Map<string, GoodsLine[]> {
  const byDocument = new Map<string, GoodsLine[]>();
  if (documentIds.length === 0) return byDocument;
  const rows = LINES.on(ctx.store.sqlite).all({
    documents: JSON.stringify(documentIds),
    persons: personIds && JSON.stringify(personIds),
  });
  for (const { documentId, ...line } of rows) {
    const lines = byDocument.get(documentId) ?? [];
    lines.push(line);
    byDocument.set(documentId, lines);
  }
  return byDocument;
}

/** 棉被 2 床、大米 1 袋. */
export const goodsWords = (lines: readonly GoodsLine[]): string | null =>
  lines.length === 0 ? null : lines.map((l) => `${l.itemName} ${l.quantity} ${l.unit}`).join('、');
