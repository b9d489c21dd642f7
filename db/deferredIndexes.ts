// Sort indexes a large import dropped (electron/core/exchange/inbox/indexes.ts) are built again here, once the
// batch of imports is done - or when the database is next opened, if the app stopped before that.
import type Database from 'better-sqlite3';
import { createIndexes } from './indexes';

interface DeferredIndex { name: string; sql: string }

export function hasDeferredIndexTable(sqlite: Database.Database): boolean {
  return sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deferred_indexes'`).get() !== undefined;
}

/** Builds again every sort index a large import dropped, in one transaction; returns how many. */
export function rebuildDeferredIndexes(sqlite: Database.Database): number {
  if (!hasDeferredIndexTable(sqlite)) return 0;
  const deferred = sqlite.prepare('SELECT name, create_sql AS sql FROM deferred_indexes ORDER BY table_name, name').all() as DeferredIndex[];
  if (deferred.length === 0) return 0;
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`).pluck();
  const done = sqlite.prepare('DELETE FROM deferred_indexes WHERE name = ?');
  sqlite.transaction(() => {
    createIndexes(sqlite, deferred.filter((index) => !exists.get(index.name)).map((index) => index.sql));
    for (const index of deferred) done.run(index.name);
  }).immediate();
  return deferred.length;
}
