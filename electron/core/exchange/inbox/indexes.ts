// A package as large as the table it goes into is applied faster with the table's sort indexes dropped and
// built again afterwards: one sort per index instead of a random B-tree insert per record and index (the
// people import does the same). Unique indexes always stay (they decide DUPLICATE_IN_OFFICE), and so do
// the indexes the table's onReceive reads. Done inside the apply's transaction, so the rollback of a
// preview or of a failed apply restores them with everything else.
import type Database from 'better-sqlite3';
import { exchangeTable } from '../tables';
import type { PackageHeader } from '../types';

/** Below this many records the schema change is not worth it. */
const MIN_RECORDS = 5_000;

interface DroppedIndex { name: string; sql: string }

function rowsIn(sqlite: Database.Database, table: string): number {
  // No record is ever deleted, so the highest rowid is the row count, found without a scan.
  return (sqlite.prepare(`SELECT coalesce(max(rowid), 0) FROM "${table}"`).pluck().get() as number);
}

/** Drops the sort indexes of each table the package fills at least as much as it is filled already. */
function dropSortIndexes(sqlite: Database.Database, header: PackageHeader): DroppedIndex[] {
  const dropped: DroppedIndex[] = [];
  for (const [table, records] of Object.entries(header.counts)) {
    const kept = exchangeTable(table)?.receiveIndexes;
    if (!kept || records < MIN_RECORDS || records < rowsIn(sqlite, table)) continue;
    const indexes = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL
      AND name NOT IN (SELECT name FROM pragma_index_list(?) WHERE "unique" = 1)`).all(table, table) as DroppedIndex[];
    for (const index of indexes.filter((i) => !kept.includes(i.name))) {
      sqlite.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
      dropped.push(index);
    }
  }
  return dropped;
}

/** Runs `apply` (inside a transaction) with the sort indexes dropped where it pays, then builds them again. */
export async function withSortIndexesRebuilt<T>(sqlite: Database.Database, header: PackageHeader, apply: () => Promise<T>): Promise<T> {
  const dropped = dropSortIndexes(sqlite, header);
  const result = await apply();
  for (const index of dropped) sqlite.exec(index.sql);
  return result;
}
