// The tables that travel in packages. Each domain registers its own recordColumns() tables with their checks
// and references (people, stock, campaigns) in tables.ts; the package code reads only this list.
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context';
import type { ExchangeRecord } from './types';
import type { RecordName } from './validation/identify';
import type { RecordCheck } from './validation/problem';
import type { References } from './validation/references';

/** What a domain says about a county record arriving in the city, before it is written. */
export type ReceiveDecision =
  { action: 'apply' } | { action: 'review'; reason: string; details?: Record<string, unknown> };

/**
 * Columns a table computes from its other columns (search keys): they stay out of packages - for people
 * they are a fifth of the compressed payload - and the receiving side computes them again before writing.
 */
export interface DerivedColumns {
  columns: readonly string[];
  compute(fields: Record<string, unknown>): Record<string, unknown>;
}

/**
 * A table that travels only while its office says so (the 三献 register): left out of every package while
 * `travels` is false. The switch is a record of `switchTable`; a delta in which it changed carries the table whole,
 * since the deltas before held none of its records. At the city a snapshot without any of its records did not
 * carry it, so its records there are not listed as missing.
 */
export interface OptIn {
  travels(sqlite: Database.Database): boolean;
  switchTable: string;
}

export interface ExchangeTable {
  /** SQL table name of a recordColumns() table. */
  name: string;
  optIn?: OptIn;
  derived?: DerivedColumns;
  /**
   * The non-unique indexes onReceive (and receiveMany) read. Declaring them lets the city drop the table's
   * other (sort) indexes while it applies a large package, and build them again afterwards (inbox/indexes.ts).
   */
  receiveIndexes?: readonly string[];
  /**
   * The record checked as if it had been typed in (validation/columns.ts builds it from the drizzle table): the
   * city refuses a package holding a record that fails it, and the county does not write such a package.
   */
  validate: RecordCheck;
  /** Columns pointing at other records (column -> table): at the city, each must be the sending office's. */
  references?: References;
  /** How a refused record is named to the clerk (default: its name, number or code; never a full ID number). */
  describe?: (record: ExchangeRecord) => RecordName;
  /** City side, once a package holding records of the table is applied (in its transaction). */
  afterApply?: (ctx: CoreContext) => void;
  /** City side, before a county record is written: 'review' puts it on the review list instead. */
  onReceive?: (ctx: CoreContext, record: ExchangeRecord) => ReceiveDecision;
  /**
   * onReceive for a batch of one county's records, looked up together; must decide each as onReceive would,
   * given that the batch only writes records of that county.
   */
  receiveMany?: (ctx: CoreContext, records: readonly ExchangeRecord[]) => (record: ExchangeRecord) => ReceiveDecision;
}

const registered = new Map<string, ExchangeTable>();

export function registerExchangeTable(table: ExchangeTable): void {
  if (registered.has(table.name)) throw new Error(`Exchange table registered twice: ${table.name}`);
  registered.set(table.name, table);
}

/** Every registered table, in registration order (the order records are written to a package). */
export function exchangeTables(): ExchangeTable[] {
  return [...registered.values()];
}

export function exchangeTable(name: string): ExchangeTable | undefined {
  return registered.get(name);
}

/** A received record's fields as they are stored: the derived columns computed here, whatever was sent. */
export function fieldsToStore(record: ExchangeRecord): Record<string, unknown> {
  const derived = registered.get(record.table)?.derived;
  return derived ? { ...record.fields, ...derived.compute(record.fields) } : record.fields;
}
