// Sort indexes a large import dropped (electron/core/exchange/inbox/indexes.ts) are built again here, once the
// batch of imports is done - or when the database is next opened, if the app stopped before that.
import type Database from 'better-sqlite3';

/** CREATE INDEX sorts faster with a small page cache: 8 s instead of 15 s for the 8 sort indexes of 1,000,000 people. */
const REBUILD_CACHE_KIB = 8192;

interface DeferredIndex { name: string; sql: string }

export function hasDeferredIndexTable(sqlite: Database.Database): boolean {
  return sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deferred_indexes'`).get() !== undefined;
}

/** Builds again every sort index a large import dropped, in one transaction; returns how many. */
export function rebuildDeferredIndexes(sqlite: Database.Database): number {
  if (!hasDeferredIndexTable(sqlite)) return 0;
  const deferred = sqlite.prepare('SELECT name, create_sql AS sql FROM deferred_indexes ORDER BY table_name, name').all() as DeferredIndex[];
  if (deferred.length === 0) return 0;
  const cache = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = -${REBUILD_CACHE_KIB}`);
  try {
    const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`).pluck();
    const done = sqlite.prepare('DELETE FROM deferred_indexes WHERE name = ?');
    sqlite.transaction(() => {
      for (const index of deferred) {
        if (!exists.get(index.name)) sqlite.exec(index.sql);
        done.run(index.name);
      }
    }).immediate();
  } finally {
    sqlite.pragma(`cache_size = ${cache}`);
  }
  return deferred.length;
}
