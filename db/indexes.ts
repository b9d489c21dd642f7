// A large load into an indexed table: its secondary indexes dropped first and built again after.
import type Database from 'better-sqlite3';
import { quoteIdentifier } from './sql';

export interface IndexDefinition {
  name: string;
  sql: string;
}

/** The table's non-unique indexes that have CREATE statements, but those in `keep`. */
export function secondaryIndexes(sqlite: Database.Database, table: string, keep: readonly string[]): IndexDefinition[] {
  const indexes = sqlite
    .prepare<[table: string, table: string], IndexDefinition>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL
    AND name NOT IN (SELECT name FROM pragma_index_list(?) WHERE "unique" = 1)`,
    )
    .all(table, table);
  return indexes.filter((index) => !keep.includes(index.name));
}

export function dropIndexes(sqlite: Database.Database, indexes: readonly IndexDefinition[]): void {
  for (const index of indexes) sqlite.exec(`DROP INDEX ${quoteIdentifier(index.name)}`);
}

/**
 * CREATE INDEX sorts faster with a small page cache (its sorter's runs stay within the CPU's caches): the 10
 * sort indexes of 1,000,000 people took 15 s with a large cache, ~6.1 s of CPU with 8 MiB, ~5.4 s with 2 MiB.
 */
const BUILD_CACHE_KIB = 2048;

/** Runs the CREATE INDEX statements with the connection's page cache made small meanwhile. */
export function createIndexes(sqlite: Database.Database, statements: readonly string[]): void {
  if (statements.length === 0) return;
  withPageCache(sqlite, BUILD_CACHE_KIB, () => {
    for (const statement of statements) sqlite.exec(statement);
  });
}

/** Runs `work` with the connection's page cache set to `kib` KiB, then puts the cache size back. */
export function withPageCache<T>(sqlite: Database.Database, kib: number, work: () => T): T {
  const cache = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = -${kib}`);
  try {
    return work();
  } finally {
    sqlite.pragma(`cache_size = ${cache}`);
  }
}
