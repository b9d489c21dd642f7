// Goods issued, summed for the public disclosure (捐赠款物公示表): per month (and per day, for the days of a month a
// period cuts), destination and item, and per issue and household for counting households. Derived like stock_balances: kept in the posting transaction (issues and their
// reversals), at the city as movements arrive, rebuilt from the ledger by rebuildBalances; no journal, does not travel.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DESTINATION_KINDS } from '../../rules/stock';

/**
 * Net quantity and value (fen) issued in a month (YYYY-MM of the document date) to one destination, per item.
 * destination: the event's id (kind 'event'; named when read, so a renamed event reads as renamed), the township
 * the household was in when the goods were issued, the receiving office or the internal use as the issue names them.
 */
export const stockIssuedMonths = sqliteTable(
  'stock_issued_months',
  {
    officeCode: text('office_code').notNull(),
    month: text('month').notNull(),
    kind: text('kind', { enum: DESTINATION_KINDS }).notNull(),
    destination: text('destination').notNull(),
    itemId: text('item_id').notNull(),
    quantity: integer('quantity').notNull(),
    value: integer('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeCode, t.month, t.kind, t.destination, t.itemId] })],
);

/** The same sums per document date: the days of a month a period cuts (a period may start or end mid-month). */
export const stockIssuedDays = sqliteTable(
  'stock_issued_days',
  {
    officeCode: text('office_code').notNull(),
    documentDate: text('document_date').notNull(),
    kind: text('kind', { enum: DESTINATION_KINDS }).notNull(),
    destination: text('destination').notNull(),
    itemId: text('item_id').notNull(),
    quantity: integer('quantity').notNull(),
    value: integer('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeCode, t.documentDate, t.kind, t.destination, t.itemId] })],
);

/**
 * What one household received through one issue (document_id: the issue's, also for its reversal's rows), net,
 * per document date. Its destination is where the goods went when the issue was posted: a reversal and a rebuild
 * take it from here, not from the household's township now.
 */
export const stockIssuedHouseholds = sqliteTable(
  'stock_issued_households',
  {
    officeCode: text('office_code').notNull(),
    documentId: text('document_id').notNull(),
    personId: text('person_id').notNull(),
    documentDate: text('document_date').notNull(),
    kind: text('kind', { enum: DESTINATION_KINDS }).notNull(),
    destination: text('destination').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officeCode, t.documentId, t.personId, t.documentDate] }),
    // Covers a period's household count: a range of dates of one office, without a table row per household.
    index('stock_issued_households_period').on(
      t.officeCode,
      t.documentDate,
      t.kind,
      t.destination,
      t.personId,
      t.quantity,
    ),
  ],
);
