// The relief warehouse (备灾仓库): reference data, documents and their workflow, balances, the stock card,
// month close. Keepers ('warehouse') edit and post, approvers approve and lock months, readers read.
import { z } from 'zod';
import { ISO_MONTH } from '@rules/dates';
import { FIELD_LIMITS as L, REASON_MAX, SEARCH_MAX } from '../../api/limits';
import { isoDate, READERS, method, officeCode, optionalText, text } from '../../api/method';
import type { Role } from '../../api/roles';
import type { PeopleOffice } from '../people/contract';
import {
  ADJUSTMENT_REASONS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  DONOR_KINDS,
  ISSUE_DESTINATIONS,
  RECEIPT_SOURCES,
  type CategoryRow,
  type DocumentDetail,
  type DocumentPage,
  type DonorRow,
  type EventRow,
  type ItemRow,
  type LocationRow,
  type LotBalance,
  type LotProposal,
  type MonthLockRow,
  type OnHandRow,
  type QuotaRow,
  type StockCard,
  type WarehouseRow,
} from './contract';

export const KEEPERS: readonly Role[] = ['warehouse'];
export const APPROVERS: readonly Role[] = ['approver'];

const id = z.uuid();
const required = (max: number) => z.string().trim().min(1).max(max);
const month = z.string().regex(ISO_MONTH);
const quantity = z.number().int();
const fen = z.number().int().min(0);
const reason = required(REASON_MAX);
const voidInput = z.object({ id, reason });
/** The city reads a county's stock by its code (default: this office); a county naming another office gets FORBIDDEN. */
const listInput = z.object({
  includeVoided: z.boolean().optional(),
  search: text(SEARCH_MAX).optional(),
  officeCode: officeCode.optional(),
});
const edit = <T extends z.ZodObject>(shape: T) =>
  z.object({ id, rowVersion: z.number().int().min(1), patch: shape.partial() });

const categoryInput = z.object({ name: required(L.stock_categories.name), sortOrder: z.number().int().optional() });
const itemInput = z.object({
  code: required(L.stock_items.code),
  name: required(L.stock_items.name),
  categoryId: id,
  unit: required(L.stock_items.unit),
  specification: optionalText(L.stock_items.specification),
  shelfLifeMonths: z.number().int().min(1).max(600).nullish(),
  unitValue: fen,
  notes: optionalText(L.stock_items.notes),
});
const warehouseInput = z.object({
  code: required(L.stock_warehouses.code),
  name: required(L.stock_warehouses.name),
  address: optionalText(L.stock_warehouses.address),
  keeper: optionalText(L.stock_warehouses.keeper),
  phone: optionalText(L.stock_warehouses.phone),
  notes: optionalText(L.stock_warehouses.notes),
});
const locationInput = z.object({
  warehouseId: id,
  code: required(L.stock_locations.code),
  name: optionalText(L.stock_locations.name),
});
const donorInput = z.object({
  kind: z.enum(DONOR_KINDS),
  name: required(L.stock_donors.name),
  contact: optionalText(L.stock_donors.contact),
  phone: optionalText(L.stock_donors.phone),
  address: optionalText(L.stock_donors.address),
  anonymous: z.boolean(),
  notes: optionalText(L.stock_donors.notes),
});
const eventInput = z.object({
  name: required(L.stock_events.name),
  kind: required(L.stock_events.kind),
  date: isoDate,
  place: optionalText(L.stock_events.place),
  notes: optionalText(L.stock_events.notes),
});

const headerInput = z.object({
  type: z.enum(DOCUMENT_TYPES).exclude(['reversal']),
  documentDate: isoDate,
  warehouseId: id,
  toWarehouseId: id.nullish(),
  sourceKind: z.enum(RECEIPT_SOURCES).nullish(),
  donorId: id.nullish(),
  allocationFrom: optionalText(L.stock_documents.allocationFrom),
  supplier: optionalText(L.stock_documents.supplier),
  tenderRef: optionalText(L.stock_documents.tenderRef),
  destinationKind: z.enum(ISSUE_DESTINATIONS).nullish(),
  householdPersonId: id.nullish(),
  eventId: id.nullish(),
  destinationOffice: optionalText(L.stock_documents.destinationOffice),
  internalUse: optionalText(L.stock_documents.internalUse),
  campaignId: id.nullish(),
  handledBy: optionalText(L.stock_documents.handledBy),
  notes: optionalText(L.stock_documents.notes),
});
const lineInput = z.object({
  itemId: id,
  lotId: id.nullish(),
  locationId: id.nullish(),
  lotNumber: optionalText(L.stock_document_lines.lotNumber),
  expiryDate: isoDate.nullish(),
  unitValue: fen.nullish(),
  donorId: id.nullish(),
  quantity: quantity.nullish(),
  countedQuantity: quantity.min(0).nullish(),
  reason: z.enum(ADJUSTMENT_REASONS).nullish(),
  reasonNote: optionalText(L.stock_document_lines.reasonNote),
  expiredOverrideReason: optionalText(L.stock_document_lines.expiredOverrideReason),
  householdPersonId: id.nullish(),
  notes: optionalText(L.stock_document_lines.notes),
});
const lines = z.array(lineInput).max(5000);

/** The methods of this file, listed so ./handlers.ts can be checked against exactly them. */
export const stockMethods = {
  'stock.categories.list': method<CategoryRow[]>()({ effect: 'read', input: listInput, access: READERS }),
  'stock.categories.create': method<CategoryRow>()({ effect: 'write', input: categoryInput, access: KEEPERS }),
  'stock.categories.update': method<CategoryRow>()({ effect: 'write', input: edit(categoryInput), access: KEEPERS }),
  'stock.categories.void': method<CategoryRow>()({ effect: 'write', input: voidInput, access: KEEPERS }),

  'stock.items.list': method<ItemRow[]>()({
    effect: 'read',
    input: listInput.extend({ categoryId: id.optional() }),
    access: READERS,
  }),
  'stock.items.get': method<ItemRow>()({ effect: 'read', input: z.object({ id }), access: READERS }),
  'stock.items.create': method<ItemRow>()({ effect: 'write', input: itemInput, access: KEEPERS }),
  'stock.items.update': method<ItemRow>()({ effect: 'write', input: edit(itemInput), access: KEEPERS }),
  'stock.items.void': method<ItemRow>()({ effect: 'write', input: voidInput, access: KEEPERS }),

  'stock.warehouses.list': method<WarehouseRow[]>()({ effect: 'read', input: listInput, access: READERS }),
  'stock.warehouses.create': method<WarehouseRow>()({ effect: 'write', input: warehouseInput, access: KEEPERS }),
  'stock.warehouses.update': method<WarehouseRow>()({ effect: 'write', input: edit(warehouseInput), access: KEEPERS }),
  'stock.warehouses.void': method<WarehouseRow>()({ effect: 'write', input: voidInput, access: KEEPERS }),

  'stock.locations.list': method<LocationRow[]>()({
    effect: 'read',
    input: listInput.extend({ warehouseId: id.optional() }),
    access: READERS,
  }),
  'stock.locations.create': method<LocationRow>()({ effect: 'write', input: locationInput, access: KEEPERS }),
  'stock.locations.update': method<LocationRow>()({
    effect: 'write',
    input: edit(locationInput.omit({ warehouseId: true })),
    access: KEEPERS,
  }),
  'stock.locations.void': method<LocationRow>()({ effect: 'write', input: voidInput, access: KEEPERS }),

  'stock.quotas.list': method<QuotaRow[]>()({
    effect: 'read',
    input: z.object({
      warehouseId: id.optional(),
      belowOnly: z.boolean().optional(),
      officeCode: officeCode.optional(),
    }),
    access: READERS,
  }),
  /** Quantity 0 removes the quota. */
  'stock.quotas.set': method<QuotaRow | null>()({
    effect: 'write',
    input: z.object({ warehouseId: id, itemId: id, quantity: quantity.min(0) }),
    access: KEEPERS,
  }),

  'stock.donors.list': method<DonorRow[]>()({ effect: 'read', input: listInput, access: READERS }),
  'stock.donors.create': method<DonorRow>()({ effect: 'write', input: donorInput, access: KEEPERS }),
  'stock.donors.update': method<DonorRow>()({ effect: 'write', input: edit(donorInput), access: KEEPERS }),
  'stock.donors.void': method<DonorRow>()({ effect: 'write', input: voidInput, access: KEEPERS }),

  'stock.events.list': method<EventRow[]>()({ effect: 'read', input: listInput, access: READERS }),
  'stock.events.create': method<EventRow>()({ effect: 'write', input: eventInput, access: KEEPERS }),
  'stock.events.update': method<EventRow>()({ effect: 'write', input: edit(eventInput), access: KEEPERS }),
  'stock.events.void': method<EventRow>()({ effect: 'write', input: voidInput, access: KEEPERS }),

  'stock.documents.list': method<DocumentPage>()({
    effect: 'read',
    input: z.object({
      type: z.enum(DOCUMENT_TYPES).optional(),
      status: z.enum(DOCUMENT_STATUSES).optional(),
      warehouseId: id.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      search: text(SEARCH_MAX).optional(),
      campaignId: id.optional(),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(1000),
    }),
    access: READERS,
  }),
  'stock.documents.get': method<DocumentDetail>()({ effect: 'read', input: z.object({ id }), access: READERS }),
  'stock.documents.create': method<DocumentDetail>()({
    effect: 'write',
    input: z.object({ header: headerInput, lines }),
    access: KEEPERS,
  }),
  /** Drafts only; `lines`, when given, replace all lines. */
  'stock.documents.update': method<DocumentDetail>()({
    effect: 'write',
    input: z.object({
      id,
      rowVersion: z.number().int().min(1),
      header: headerInput.omit({ type: true }).partial().optional(),
      lines: lines.optional(),
    }),
    access: KEEPERS,
  }),
  /** Drafts and approved documents only; posted ones are reversed instead. */
  'stock.documents.void': method<DocumentDetail>()({ effect: 'write', input: voidInput, access: KEEPERS }),
  'stock.documents.approve': method<DocumentDetail>()({
    effect: 'write',
    input: z.object({ id, rowVersion: z.number().int().min(1) }),
    access: APPROVERS,
  }),
  /** Withdraws an approval so the keeper can correct the draft. */
  'stock.documents.unapprove': method<DocumentDetail>()({
    effect: 'write',
    input: z.object({ id, rowVersion: z.number().int().min(1) }),
    access: APPROVERS,
  }),
  'stock.documents.post': method<DocumentDetail>()({ effect: 'write', input: z.object({ id }), access: KEEPERS }),
  /** Creates a draft reversal referencing the posted original; it is approved and posted like any document. */
  'stock.documents.reverse': method<DocumentDetail>()({
    effect: 'write',
    input: z.object({ id, reason, documentDate: isoDate.optional() }),
    access: KEEPERS,
  }),
  /** A draft count of every lot the warehouse holds (optionally of some items), book quantities shown, counted quantities left empty to be typed. */
  'stock.counts.start': method<DocumentDetail>()({
    effect: 'write',
    input: z.object({
      warehouseId: id,
      documentDate: isoDate,
      itemIds: z.array(id).max(5000).optional(),
      categoryId: id.optional(),
    }),
    access: KEEPERS,
  }),

  'stock.lots.available': method<LotBalance[]>()({
    effect: 'read',
    input: z.object({ warehouseId: id, itemId: id, asOf: isoDate.optional() }),
    access: READERS,
  }),
  'stock.lots.propose': method<LotProposal>()({
    effect: 'read',
    input: z.object({ warehouseId: id, itemId: id, quantity: quantity.min(1), asOf: isoDate.optional() }),
    access: READERS,
  }),
  'stock.onHand': method<OnHandRow[]>()({
    effect: 'read',
    input: z.object({
      warehouseId: id.optional(),
      itemId: id.optional(),
      categoryId: id.optional(),
      donorId: id.optional(),
      expiringBefore: isoDate.optional(),
      officeCode: z.union([officeCode, z.literal('all')]).optional(),
    }),
    access: READERS,
  }),
  'stock.card': method<StockCard>()({
    effect: 'read',
    input: z.object({
      itemId: id,
      warehouseId: id.optional(),
      lotId: id.optional(),
      from: isoDate,
      to: isoDate,
      officeCode: officeCode.optional(),
    }),
    access: READERS,
  }),

  /** The offices whose stock is held here (the city: its counties), for the office column and filter. */
  'stock.offices': method<PeopleOffice[]>()({ effect: 'read', input: z.object({}), access: READERS }),
  'stock.months.list': method<MonthLockRow[]>()({ effect: 'read', input: z.object({}), access: READERS }),
  'stock.months.lock': method<MonthLockRow>()({ effect: 'write', input: z.object({ month }), access: APPROVERS }),
  'stock.months.unlock': method<MonthLockRow>()({
    effect: 'write',
    input: z.object({ month, reason }),
    access: APPROVERS,
  }),
} as const;

export type StockMethodName = keyof typeof stockMethods;
