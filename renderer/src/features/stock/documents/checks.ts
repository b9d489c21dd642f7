// What the form checks before saving, so the keeper sees the problem on its line at once; the backend
// checks everything again.
import type { TFunction } from 'i18next';
import { isIsoDate } from '@api/dates';
import type { DocumentType, LotBalance } from '@core/stock/contract';
import { countLacksReason, donationLacksDonor, issueLacksHousehold } from '@rules/stockDocuments';
import { parseQuantity } from '../money';
import type { HeaderDraft, LineDraft } from './draft';

const lineNames = (lines: readonly LineDraft[]) =>
  lines.map((line) => ({ donorId: line.donorId || null, householdPersonId: line.householdPersonId || null }));

function headerProblems(
  t: TFunction,
  type: DocumentType,
  h: HeaderDraft,
  lines: readonly LineDraft[],
): Record<string, string> {
  const need = t('stock.setup.required');
  const found: Record<string, string> = {};
  if (!h.documentDate) found.documentDate = need;
  // The date field itself says what is wrong with the date; the empty problem only stops the save.
  else if (!isIsoDate(h.documentDate)) found.documentDate = '';
  if (!h.warehouseId) found.warehouseId = need;
  if (type === 'transfer' && !h.toWarehouseId) found.toWarehouseId = need;
  if (
    type === 'receipt' &&
    donationLacksDonor({ sourceKind: h.sourceKind, donorId: h.donorId || null }, lineNames(lines))
  )
    found.donorId = need;
  if (type === 'receipt' && h.sourceKind === 'allocation' && !h.allocationFrom.trim()) found.allocationFrom = need;
  if (type === 'receipt' && h.sourceKind === 'purchase' && !h.supplier.trim()) found.supplier = need;
  if (type === 'issue') {
    const field = {
      household: 'householdPersonId',
      event: 'eventId',
      office: 'destinationOffice',
      internal: 'internalUse',
    }[h.destinationKind] as keyof HeaderDraft;
    const missing =
      h.destinationKind === 'household'
        ? issueLacksHousehold(
            { destinationKind: 'household', householdPersonId: h.householdPersonId || null },
            lineNames(lines),
          )
        : !String(h[field]).trim();
    if (missing) found[field] = need;
  }
  return found;
}

function lineProblem(
  t: TFunction,
  type: DocumentType,
  line: LineDraft,
  lots: Record<string, LotBalance[]>,
): string | null {
  if (!line.itemId) return t('stock.editor.needItem');
  if (type === 'count') {
    // An empty counted quantity may be saved (a count takes more than one sitting); approval refuses it.
    if (!line.countedQuantity.trim()) return null;
    const counted = parseQuantity(line.countedQuantity);
    if (counted === undefined) return t('stock.editor.needQuantity');
    if (countLacksReason({ countedQuantity: counted, bookQuantity: line.bookQuantity, reason: line.reason || null }))
      return t('stock.editor.needReason');
    return null;
  }
  if (!parseQuantity(line.quantity)) return t('stock.editor.needQuantity');
  if (type === 'receipt') return line.expiryDate && !isIsoDate(line.expiryDate) ? t('stock.editor.fixExpiry') : null;
  if (!line.lotId) return t('stock.editor.needLot');
  const lot = lots[line.itemId]?.find((candidate) => candidate.lotId === line.lotId);
  if (lot?.expired && !line.expiredOverrideReason.trim()) return t('stock.editor.expiredNeedsReason');
  return null;
}

export function checkDocument(
  t: TFunction,
  type: DocumentType,
  header: HeaderDraft,
  lines: LineDraft[],
  lots: Record<string, LotBalance[]>,
): Record<string, string> {
  const found = headerProblems(t, type, header, lines);
  for (const line of lines) {
    const problem = lineProblem(t, type, line, lots);
    if (problem) found[line.key] = problem;
  }
  return found;
}
