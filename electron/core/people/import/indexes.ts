// A large import into a small table loads faster with the secondary indexes dropped and built again
// afterwards (one sort per index instead of 100,000 random B-tree inserts each: measured 3.4 s -> 2.1 s
// for 100,000 people). Done inside the import's transaction, so a failure or rollback restores them.
import type Database from 'better-sqlite3';
import { createIndexes, dropIndexes, secondaryIndexes, withPageCache } from '@db/indexes';
import { valueRead } from '../../records/reads';

/**
 * The page cache while loading with the indexes dropped: the rows and their journal append to the ends of their
 * B-trees and only the live-ID index takes random inserts (a few MB), so a full 48 MiB cache of pages written once
 * would only add to the import's peak memory.
 */
const LOAD_CACHE_KIB = 16_384;

/** Below this many rows the rebuild is not worth the schema change. */
const MIN_ROWS = 5_000;

/**
 * Runs `load` with the table's indexes other than `keep` dropped, when `rows` is at least the rows the
 * table has already (rebuilding sorts them all again); rebuilds them from their own CREATE statements.
 * Call inside a transaction.
 */
export function withIndexesRebuilt<T>(
  sqlite: Database.Database,
  table: string,
  keep: readonly string[],
  rows: number,
  load: () => T,
): T {
  const existing = valueRead<number>(`SELECT count(*) FROM "${table}"`).on(sqlite).get() ?? 0;
  if (rows < MIN_ROWS || rows < existing) return load();
  const indexes = secondaryIndexes(sqlite, table, keep);
  dropIndexes(sqlite, indexes);
  const result = withPageCache(sqlite, LOAD_CACHE_KIB, load);
  createIndexes(
    sqlite,
    indexes.map((index) => index.sql),
  );
  return result;
}
