// The warehouse tables travel in packages, in an order where every record comes after the records it
// points at (a document line after its document and lot, a movement after its line). stock_balances,
// stock_lot_months and the issued sums are derived and do not travel: the city keeps them, per office, from the
// movements it receives.
// Each table is checked as entry checks it (types, enums, dates, lengths, minimums) and its references must stay in the office.
import { getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  stockCategories,
  stockDocumentLines,
  stockDocuments,
  stockDonors,
  stockEvents,
  stockItems,
  stockLocations,
  stockLots,
  stockMonthLocks,
  stockMovements,
  stockQuotas,
  stockWarehouses,
} from '@db/schema';
import type { CoreContext } from '../context';
import { registerExchangeTable, type OptIn, type ReceiveDecision } from '../exchange/registry';
import type { ExchangeRecord } from '../exchange/types';
import { tableRules, type TableRuleOptions } from '../exchange/validation/columns';
import { referencesOf, type References } from '../exchange/validation/references';
import { valueRead } from '../records/reads';
import { cachedStatement } from '../records/statements';
import { receiveIssued } from './issuedSums';
import { receiveLotMonth } from './lotMonths';

/** A travelling table: its drizzle definition, the smallest values entry allows, references kept without a foreign key. */
export interface TravellingTable {
  table: SQLiteTable;
  min?: TableRuleOptions['min'];
  references?: References;
  optIn?: OptIn;
  /** The table's own check of a record, after the generic ones. */
  extra?: TableRuleOptions['extra'];
}

const TABLES: TravellingTable[] = [
  { table: stockCategories },
  { table: stockItems, min: { shelf_life_months: 1, unit_value: 0 } },
  { table: stockWarehouses },
  { table: stockLocations },
  { table: stockQuotas, min: { quantity: 0 } },
  { table: stockDonors },
  { table: stockEvents },
  {
    table: stockDocuments,
    references: {
      household_person_id: 'people',
      campaign_id: 'stock_campaigns',
      reverses_document_id: 'stock_documents',
    },
  },
  { table: stockLots, min: { unit_value: 0 }, references: { document_id: 'stock_documents' } },
  {
    table: stockDocumentLines,
    min: { line_no: 1, unit_value: 0, counted_quantity: 0 },
    references: { household_person_id: 'people' },
  },
  { table: stockMovements, min: { seq: 1 } },
  { table: stockMonthLocks },
];

const OTHER_MOVEMENTS_SUM = valueRead<number>(
  `SELECT coalesce(sum(quantity), 0) FROM stock_movements
  WHERE warehouse_id = ? AND item_id = ? AND lot_id = ? AND office_code = ? AND voided = 0 AND id <> ?`,
);

/**
 * City side: sets the balance of the movement's warehouse x item x lot to the sending office's movements already
 * stored plus this one. Computed, not incremented, so applying the same record twice (a retried write) gives the
 * same balance; summed per office, and a balance row of another office is never overwritten.
 */
export function receiveMovement(ctx: CoreContext, record: ExchangeRecord): ReceiveDecision {
  const f = record.fields;
  const key = [f['warehouse_id'], f['item_id'], f['lot_id']];
  const stored = OTHER_MOVEMENTS_SUM.on(ctx.store.sqlite).get(...key, record.officeCode, record.id) ?? 0;
  const quantity = stored + (record.voided ? 0 : Number(f['quantity']));
  cachedStatement(
    ctx.store.sqlite,
    `INSERT INTO stock_balances (office_code, warehouse_id, item_id, lot_id, quantity) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (warehouse_id, item_id, lot_id) DO UPDATE SET quantity = excluded.quantity WHERE stock_balances.office_code = excluded.office_code`,
  ).run(record.officeCode, ...key, quantity);
  const movement = {
    id: record.id,
    officeCode: record.officeCode,
    documentId: String(f['document_id']),
    lineId: String(f['line_id']),
    lotId: String(f['lot_id']),
    itemId: String(f['item_id']),
    documentDate: String(f['document_date']),
    kind: String(f['kind']),
    quantity: Number(f['quantity']),
    voided: record.voided,
  };
  receiveLotMonth(ctx, movement);
  receiveIssued(ctx, movement);
  return { action: 'apply' };
}

/** Registers warehouse or campaign tables in the order given. */
export function registerTravelling(
  tables: readonly TravellingTable[],
  onReceive: Record<string, (ctx: CoreContext, record: ExchangeRecord) => ReceiveDecision> = {},
): void {
  for (const { table, min, references, optIn, extra } of tables) {
    const name = getTableName(table);
    registerExchangeTable({
      name,
      ...(optIn ? { optIn } : {}),
      validate: tableRules(table, { min, extra }),
      references: referencesOf(table, references),
      ...(onReceive[name] ? { onReceive: onReceive[name] } : {}),
    });
  }
}

registerTravelling(TABLES, { stock_movements: receiveMovement });
