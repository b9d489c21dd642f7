// The goods of a visit are a warehouse issue to the household's head, made through the stock core: the visit form
// creates a DRAFT issue (each line from the lot the keeper would take first, unless one is named), or links an issue
// the warehouse has already made for someone of the household. Stock moves only when the warehouse approves and
// posts it; while it is a draft the visit may change its lines or drop it (the draft is voided).
import type { DocumentLineInput } from '@core/stock/contract';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead, valueRead } from '../../records/reads';
import { createDraft, updateDocument, voidDocument } from '../../stock/documents/drafts';
import { findDocument } from '../../stock/documents/read';
import { proposeLots } from '../../stock/lots';
import type { VisitGoodsInput } from './contract';

const ITEM_NAME = valueRead<string, [itemId: string]>('SELECT name FROM stock_items WHERE id = ?');
const MEMBER_EVER = valueRead<number, [householdId: string, personId: string]>(
  'SELECT 1 FROM household_members WHERE household_id = ? AND person_id = ? AND voided = 0 LIMIT 1',
);
const LINE_PEOPLE = valueRead<string, [documentId: string]>(
  `SELECT DISTINCT household_person_id FROM stock_document_lines
   WHERE document_id = ? AND voided = 0 AND household_person_id IS NOT NULL`,
);
const LINKED_BY = rowRead<{ id: string }, [documentId: string]>(
  'SELECT id FROM household_visits WHERE stock_document_id = ? AND voided = 0',
);

export interface IssueFor {
  household: { id: string; number: string; headPersonId: string };
  cadreName: string;
  visitDate: string;
}

/** The lines as the issue holds them: a lot named, or the first-expiring lots that hold the quantity. */
function issueLines(ctx: CoreContext, goods: VisitGoodsInput, visitDate: string): DocumentLineInput[] {
  return goods.lines.flatMap((line) => {
    if (line.lotId) return [{ itemId: line.itemId, lotId: line.lotId, quantity: line.quantity }];
    const proposal = proposeLots(ctx, goods.warehouseId, line.itemId, line.quantity, visitDate);
    if (proposal.shortfall > 0)
      fail('VISIT_GOODS_SHORT', {
        item: ITEM_NAME.on(ctx.store.sqlite).get(line.itemId) ?? line.itemId,
        available: line.quantity - proposal.shortfall,
        quantity: line.quantity,
      });
    return proposal.picks.map((pick) => ({ itemId: line.itemId, lotId: pick.lotId, quantity: pick.take }));
  });
}

function header(issue: IssueFor, warehouseId: string) {
  return {
    documentDate: issue.visitDate,
    warehouseId,
    destinationKind: 'household' as const,
    householdPersonId: issue.household.headPersonId,
    handledBy: issue.cadreName,
    notes: `结对帮扶走访 ${issue.household.number}`,
  };
}

/** A draft issue of the goods to the household's head, dated the visit's day. */
export function draftIssue(ctx: CoreContext, issue: IssueFor, goods: VisitGoodsInput): string {
  if (goods.lines.length === 0) fail('VISIT_GOODS_EMPTY');
  const lines = issueLines(ctx, goods, issue.visitDate);
  return createDraft(ctx, { type: 'issue', ...header(issue, goods.warehouseId) }, lines).id;
}

/** The visit's draft changed: new lines (and date), or - given null - voided. A draft only: stock has not moved. */
export function redraftIssue(
  ctx: CoreContext,
  documentId: string,
  issue: IssueFor,
  goods: VisitGoodsInput | null,
): string | null {
  const document = findDocument(ctx, documentId);
  if (document.voided || document.status !== 'draft') fail('VISIT_GOODS_LOCKED', { number: document.number });
  if (goods === null) {
    voidDocument(ctx, documentId, '走访记录不再带物资');
    return null;
  }
  if (goods.lines.length === 0) fail('VISIT_GOODS_EMPTY');
  const lines = issueLines(ctx, goods, issue.visitDate);
  updateDocument(ctx, documentId, document.rowVersion, header(issue, goods.warehouseId), lines);
  return documentId;
}

/** The visit's day moved: its draft issue is dated with it (an approved or posted one keeps its own date). */
export function redateIssue(ctx: CoreContext, documentId: string, visitDate: string): void {
  const document = findDocument(ctx, documentId);
  if (!document.voided && document.status === 'draft')
    updateDocument(ctx, documentId, document.rowVersion, { documentDate: visitDate });
}

/** The visit was voided: its issue goes too while the warehouse has not posted it (a posted one is reversed there). */
export function dropIssue(ctx: CoreContext, documentId: string, reason: string): void {
  const document = findDocument(ctx, documentId);
  if (!document.voided && document.status !== 'posted') voidDocument(ctx, documentId, reason);
}

/** An issue the warehouse made may be linked when it went to someone of the household and no other visit has it. */
export function requireLinkable(ctx: CoreContext, documentId: string, householdId: string, visitId?: string): void {
  const document = findDocument(ctx, documentId);
  if (document.voided || document.type !== 'issue') fail('VISIT_DOCUMENT_NOT_ISSUE', { number: document.number });
  const recipients = [
    ...(document.householdPersonId ? [document.householdPersonId] : []),
    ...LINE_PEOPLE.on(ctx.store.sqlite).all(documentId),
  ];
  if (!recipients.some((personId) => MEMBER_EVER.on(ctx.store.sqlite).get(householdId, personId) === 1))
    fail('VISIT_DOCUMENT_OTHER_HOUSEHOLD', { number: document.number });
  const linked = LINKED_BY.on(ctx.store.sqlite)
    .all(documentId)
    .filter((v) => v.id !== visitId);
  if (linked.length > 0) fail('VISIT_DOCUMENT_LINKED', { number: document.number });
}
