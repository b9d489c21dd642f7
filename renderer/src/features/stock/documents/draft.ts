// A document as the form holds it (text as typed) and the conversions to and from the API.
import type {
  AdjustmentReason,
  DocumentDetail,
  DocumentHeaderInput,
  DocumentLineInput,
  DocumentType,
  IssueDestination,
  ReceiptSource,
} from '@core/stock/contract';
import { fenToYuan, parseQuantity, yuanToFen } from '../money';
import { today } from '../useRefs';

export interface LineDraft {
  key: string;
  itemId: string;
  lotId: string;
  lotNumber: string;
  expiryDate: string;
  unitValue: string;
  quantity: string;
  countedQuantity: string;
  bookQuantity: number | null;
  reason: AdjustmentReason | '';
  reasonNote: string;
  expiredOverrideReason: string;
  /** A receipt line's own donor, an issue line's own household: kept from a saved document (the API writes them). */
  donorId: string;
  householdPersonId: string;
  /** The value the backend computed for a saved line (its lot may no longer be on hand). */
  savedValue: number | null;
}

export interface HeaderDraft {
  documentDate: string;
  warehouseId: string;
  toWarehouseId: string;
  sourceKind: ReceiptSource;
  donorId: string;
  allocationFrom: string;
  supplier: string;
  tenderRef: string;
  destinationKind: IssueDestination;
  householdPersonId: string;
  householdName: string;
  eventId: string;
  destinationOffice: string;
  internalUse: string;
  handledBy: string;
  notes: string;
}

let nextKey = 1;
export function blankLine(): LineDraft {
  return {
    key: `line-${nextKey++}`,
    itemId: '',
    lotId: '',
    lotNumber: '',
    expiryDate: '',
    unitValue: '',
    quantity: '',
    countedQuantity: '',
    bookQuantity: null,
    reason: '',
    reasonNote: '',
    expiredOverrideReason: '',
    donorId: '',
    householdPersonId: '',
    savedValue: null,
  };
}

export function blankHeader(warehouseId = ''): HeaderDraft {
  return {
    documentDate: today(),
    warehouseId,
    toWarehouseId: '',
    sourceKind: 'donation',
    donorId: '',
    allocationFrom: '',
    supplier: '',
    tenderRef: '',
    destinationKind: 'household',
    householdPersonId: '',
    householdName: '',
    eventId: '',
    destinationOffice: '',
    internalUse: '',
    handledBy: '',
    notes: '',
  };
}

export function draftOfDetail(detail: DocumentDetail): { header: HeaderDraft; lines: LineDraft[] } {
  const d = detail.document;
  const header: HeaderDraft = {
    documentDate: d.documentDate,
    warehouseId: d.warehouseId,
    toWarehouseId: d.toWarehouseId ?? '',
    sourceKind: d.sourceKind ?? 'donation',
    donorId: d.donorId ?? '',
    allocationFrom: d.allocationFrom ?? '',
    supplier: d.supplier ?? '',
    tenderRef: d.tenderRef ?? '',
    destinationKind: d.destinationKind ?? 'household',
    householdPersonId: d.householdPersonId ?? '',
    householdName: d.householdName ?? '',
    eventId: d.eventId ?? '',
    destinationOffice: d.destinationOffice ?? '',
    internalUse: d.internalUse ?? '',
    handledBy: d.handledBy ?? '',
    notes: d.notes ?? '',
  };
  const lines = detail.lines.map((line): LineDraft => ({
    ...blankLine(),
    itemId: line.itemId,
    lotId: line.lotId ?? '',
    lotNumber: line.lotNumber ?? '',
    expiryDate: line.expiryDate ?? '',
    unitValue: line.unitValue === null ? '' : fenToYuan(line.unitValue).replace(/,/g, ''),
    quantity: String(Math.abs(line.quantity)),
    countedQuantity: line.countedQuantity === null ? '' : String(line.countedQuantity),
    bookQuantity: line.bookQuantity,
    reason: line.reason ?? ('' as const),
    reasonNote: line.reasonNote ?? '',
    expiredOverrideReason: line.expiredOverrideReason ?? '',
    donorId: line.donorId ?? '',
    householdPersonId: line.householdPersonId ?? '',
    savedValue: Math.abs(line.value),
  }));
  return { header, lines };
}

const orNull = (text: string) => text.trim() || null;

export function headerInput(type: DocumentType, h: HeaderDraft): DocumentHeaderInput {
  const base: DocumentHeaderInput = {
    type,
    documentDate: h.documentDate,
    warehouseId: h.warehouseId,
    handledBy: orNull(h.handledBy),
    notes: orNull(h.notes),
  };
  if (type === 'receipt') {
    return {
      ...base,
      sourceKind: h.sourceKind,
      donorId: h.sourceKind === 'donation' ? orNull(h.donorId) : null,
      allocationFrom: h.sourceKind === 'allocation' ? orNull(h.allocationFrom) : null,
      supplier: h.sourceKind === 'purchase' ? orNull(h.supplier) : null,
      tenderRef: h.sourceKind === 'purchase' ? orNull(h.tenderRef) : null,
    };
  }
  if (type === 'issue') {
    const kind = h.destinationKind;
    return {
      ...base,
      destinationKind: kind,
      householdPersonId: kind === 'household' ? orNull(h.householdPersonId) : null,
      eventId: kind === 'event' ? orNull(h.eventId) : null,
      destinationOffice: kind === 'office' ? orNull(h.destinationOffice) : null,
      internalUse: kind === 'internal' ? orNull(h.internalUse) : null,
    };
  }
  if (type === 'transfer') return { ...base, toWarehouseId: orNull(h.toWarehouseId) };
  return base;
}

export function lineInput(type: DocumentType, line: LineDraft): DocumentLineInput {
  if (type === 'receipt') {
    return {
      itemId: line.itemId,
      lotNumber: orNull(line.lotNumber),
      expiryDate: orNull(line.expiryDate),
      unitValue: yuanToFen(line.unitValue) ?? 0,
      quantity: parseQuantity(line.quantity) ?? null,
      donorId: orNull(line.donorId),
    };
  }
  if (type === 'count') {
    return {
      itemId: line.itemId,
      lotId: orNull(line.lotId),
      countedQuantity: parseQuantity(line.countedQuantity) ?? null,
      reason: line.reason || null,
      reasonNote: orNull(line.reasonNote),
    };
  }
  return {
    itemId: line.itemId,
    lotId: orNull(line.lotId),
    quantity: parseQuantity(line.quantity) ?? null,
    expiredOverrideReason: orNull(line.expiredOverrideReason),
    ...(type === 'issue' ? { householdPersonId: orNull(line.householdPersonId) } : {}),
  };
}

/** Lines the user has not touched are left out, so an empty last row never blocks saving. */
export function isBlankLine(line: LineDraft): boolean {
  return !line.itemId && !line.quantity && !line.lotNumber;
}
