// Distribution campaigns (博爱送万家, relief after a disaster): what each household gets, which households
// from the people registry, and the issue document each posting produced.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './record';
import { stockDocuments, stockEvents, stockItems, stockWarehouses } from './stock';

export const stockCampaigns = sqliteTable(
  'stock_campaigns',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    /** The distribution date: the issue document's 业务日期. */
    date: text('date').notNull(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => stockWarehouses.id),
    /** Relief after a disaster names its event; the disclosure then shows the goods under the event. */
    eventId: text('event_id').references(() => stockEvents.id),
    notes: text('notes'),
  },
  (t) => [index('stock_campaigns_date').on(t.date)],
);

/** The goods every household receives: e.g. 1 quilt + 1 bag of rice. */
export const stockCampaignItems = sqliteTable(
  'stock_campaign_items',
  {
    ...recordColumns(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => stockCampaigns.id),
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    quantityPerHousehold: integer('quantity_per_household').notNull(),
  },
  (t) => [index('stock_campaign_items_campaign').on(t.campaignId)],
);

/** A household (its head, a person of the registry) on the campaign's list; issued once a posting took it. */
export const stockCampaignHouseholds = sqliteTable(
  'stock_campaign_households',
  {
    ...recordColumns(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => stockCampaigns.id),
    personId: text('person_id').notNull(),
    /** The issue document that gave this household its goods; null while waiting. */
    issueDocumentId: text('issue_document_id').references(() => stockDocuments.id),
  },
  (t) => [
    index('stock_campaign_households_campaign').on(t.campaignId, t.personId),
    index('stock_campaign_households_person').on(t.personId),
  ],
);
