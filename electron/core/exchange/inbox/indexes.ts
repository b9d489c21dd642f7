// Sort indexes (the ones only the grids read) are most of the cost of a large import: each record is a random
// B-tree insert into every one of them. A package that brings at least a quarter as many records as its table
// holds is applied with the table's sort indexes dropped, and the drop is noted in deferred_indexes in the
// same transaction. They are built again once, when the batch of imports is done (rebuildDeferredIndexes: the
// import wizard closing, the CLI command ending, or opening the database after a crash: db/deferredIndexes.ts):
// one sort per index for the whole batch, and packages applied meanwhile pay nothing for them. In a dry run they are dropped
// whatever the sizes and not noted: the rollback brings them back. Unique indexes always stay (they decide
// DUPLICATE_IN_OFFICE), and so do the indexes the table's onReceive reads.
import type Database from 'better-sqlite3';
import { dropIndexes, secondaryIndexes } from '@db/indexes';
import { quoteIdentifier } from '@db/sql';
import { valueRead } from '../../records/reads';
import { exchangeTable } from '../tables';
import type { PackageHeader } from '../types';

/** Below this many records the schema change is not worth it. */
const MIN_RECORDS = 5_000;
/** A package with at least 1/TABLE_SHARE of its table's rows: measured break-even is about 1/3 for one package alone. */
const TABLE_SHARE = 4;

function rowsIn(sqlite: Database.Database, table: string): number {
  // No record is ever deleted, so the highest rowid is the row count, found without a scan.
  return (
    valueRead<number, []>(`SELECT coalesce(max(rowid), 0) FROM ${quoteIdentifier(table)}`)
      .on(sqlite)
      .get() ?? 0
  );
}

/** Call inside the apply's transaction, before the records are written. */
export function dropSortIndexesForApply(
  sqlite: Database.Database,
  header: PackageHeader,
  o: { rolledBack: boolean; at: string },
): void {
  for (const [table, records] of Object.entries(header.counts)) {
    const kept = exchangeTable(table)?.receiveIndexes;
    if (!kept || records < MIN_RECORDS) continue;
    const indexes = secondaryIndexes(sqlite, table, kept);
    if (indexes.length === 0 || (!o.rolledBack && records * TABLE_SHARE < rowsIn(sqlite, table))) continue;
    dropIndexes(sqlite, indexes);
    if (o.rolledBack) continue;
    const note = sqlite.prepare(
      'INSERT INTO deferred_indexes (name, table_name, create_sql, dropped_at) VALUES (?, ?, ?, ?)',
    );
    for (const index of indexes) note.run(index.name, table, index.sql, o.at);
  }
}
