// The relief warehouse's API methods mapped to the core (reports and campaigns are in stockReports/stockCampaigns).
import type { HandlersFor } from '../handler';
import { onHand } from './balances';
import { stockCard } from './card';
import { createCategory, listCategories, updateCategory, voidCategory } from './categories';
import { startCount } from './counts';
import { createDocument, updateDocument, voidDocument } from './documents/drafts';
import { getDocument, listDocuments } from './documents/read';
import { approveDocument, unapproveDocument } from './documents/workflow';
import { createDonor, listDonors, updateDonor, voidDonor } from './donors';
import { createEvent, listEvents, updateEvent, voidEvent } from './events';
import { createItem, getItem, listItems, updateItem, voidItem } from './items';
import { availableLots, proposeLots } from './lots';
import type { StockMethodName } from './methods';
import { listMonthLocks, lockMonth, unlockMonth } from './months';
import { stockOffices } from './offices';
import { postDocument } from './posting/post';
import { listQuotas, setQuota } from './quotas';
import { reverseDocument } from './reversal';
import {
  createLocation,
  createWarehouse,
  listLocations,
  listWarehouses,
  updateLocation,
  updateWarehouse,
  voidLocation,
  voidWarehouse,
} from './warehouses';

export const stockHandlers: HandlersFor<StockMethodName> = {
  'stock.categories.list': (ctx, input) => listCategories(ctx, input),
  'stock.categories.create': (ctx, input) => createCategory(ctx, input),
  'stock.categories.update': (ctx, input) => updateCategory(ctx, input.id, input.rowVersion, input.patch),
  'stock.categories.void': (ctx, input) => voidCategory(ctx, input.id, input.reason),

  'stock.items.list': (ctx, input) => listItems(ctx, input),
  'stock.items.get': (ctx, input) => getItem(ctx, input.id),
  'stock.items.create': (ctx, input) => createItem(ctx, input),
  'stock.items.update': (ctx, input) => updateItem(ctx, input.id, input.rowVersion, input.patch),
  'stock.items.void': (ctx, input) => voidItem(ctx, input.id, input.reason),

  'stock.warehouses.list': (ctx, input) => listWarehouses(ctx, input),
  'stock.warehouses.create': (ctx, input) => createWarehouse(ctx, input),
  'stock.warehouses.update': (ctx, input) => updateWarehouse(ctx, input.id, input.rowVersion, input.patch),
  'stock.warehouses.void': (ctx, input) => voidWarehouse(ctx, input.id, input.reason),

  'stock.locations.list': (ctx, input) => listLocations(ctx, input),
  'stock.locations.create': (ctx, input) => createLocation(ctx, input),
  'stock.locations.update': (ctx, input) => updateLocation(ctx, input.id, input.rowVersion, input.patch),
  'stock.locations.void': (ctx, input) => voidLocation(ctx, input.id, input.reason),

  'stock.quotas.list': (ctx, input) => listQuotas(ctx, input),
  'stock.quotas.set': (ctx, input) => setQuota(ctx, input.warehouseId, input.itemId, input.quantity),

  'stock.donors.list': (ctx, input) => listDonors(ctx, input),
  'stock.donors.create': (ctx, input) => createDonor(ctx, input),
  'stock.donors.update': (ctx, input) => updateDonor(ctx, input.id, input.rowVersion, input.patch),
  'stock.donors.void': (ctx, input) => voidDonor(ctx, input.id, input.reason),

  'stock.events.list': (ctx, input) => listEvents(ctx, input),
  'stock.events.create': (ctx, input) => createEvent(ctx, input),
  'stock.events.update': (ctx, input) => updateEvent(ctx, input.id, input.rowVersion, input.patch),
  'stock.events.void': (ctx, input) => voidEvent(ctx, input.id, input.reason),

  'stock.documents.list': (ctx, input) => listDocuments(ctx, input),
  'stock.documents.get': (ctx, input) => getDocument(ctx, input.id),
  'stock.documents.create': (ctx, input) => createDocument(ctx, input.header, input.lines),
  'stock.documents.update': (ctx, input) =>
    updateDocument(ctx, input.id, input.rowVersion, input.header ?? {}, input.lines),
  'stock.documents.void': (ctx, input) => voidDocument(ctx, input.id, input.reason),
  'stock.documents.approve': (ctx, input) => approveDocument(ctx, input.id, input.rowVersion),
  'stock.documents.unapprove': (ctx, input) => unapproveDocument(ctx, input.id, input.rowVersion),
  'stock.documents.post': (ctx, input) => postDocument(ctx, input.id),
  'stock.documents.reverse': (ctx, input) => reverseDocument(ctx, input.id, input.reason, input.documentDate),
  'stock.counts.start': (ctx, input) => startCount(ctx, input),

  'stock.lots.available': (ctx, input) => availableLots(ctx, input.warehouseId, input.itemId, input.asOf),
  'stock.lots.propose': (ctx, input) => proposeLots(ctx, input.warehouseId, input.itemId, input.quantity, input.asOf),
  'stock.onHand': (ctx, input) => onHand(ctx, input),
  'stock.card': (ctx, input) => stockCard(ctx, input),

  'stock.offices': (ctx) => stockOffices(ctx),
  'stock.months.list': (ctx) => listMonthLocks(ctx),
  'stock.months.lock': (ctx, input) => lockMonth(ctx, input.month),
  'stock.months.unlock': (ctx, input) => unlockMonth(ctx, input.month, input.reason),
};
