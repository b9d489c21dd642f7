// Sort indexes a large import dropped (electron/core/exchange/inbox/indexes.ts) are built again here, once the
// batch of imports is done - or when the database is next opened, if the app stopped before that.
import type Database from 'better-sqlite3';
import { createIndexes } from './indexes';

interface DeferredIndex {
  name: string;
  sql: string;
}

function hasDeferredIndexTable(sqlite: Database.Database): boolean {
  return (
    sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deferred_indexes'`).get() !== undefined
  );
}

/** Builds again every sort index a large import dropped; returns how many. Each index with its note is one transaction. */
export function rebuildDeferredIndexes(sqlite: Database.Database): number {
  const deferred = deferredIndexes(sqlite);
  for (const index of deferred) rebuildOne(sqlite, index);
  return deferred.length;
}

/**
 * The same, letting the event loop run between indexes: in the Electron shell the window stays responsive
 * (each index is ~1 s at 1,000,000 people; all of them together would freeze it for several).
 */
export async function rebuildDeferredIndexesGradually(sqlite: Database.Database): Promise<number> {
  const deferred = deferredIndexes(sqlite);
  for (const index of deferred) {
    rebuildOne(sqlite, index);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return deferred.length;
}

function deferredIndexes(sqlite: Database.Database): DeferredIndex[] {
  if (!hasDeferredIndexTable(sqlite)) return [];
  return sqlite
    .prepare<[], DeferredIndex>('SELECT name, create_sql AS sql FROM deferred_indexes ORDER BY table_name, name')
    .all();
}

function rebuildOne(sqlite: Database.Database, index: DeferredIndex): void {
  sqlite
    .transaction(() => {
      const exists =
        sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`).get(index.name) !== undefined;
      if (!exists) createIndexes(sqlite, [index.sql]);
      sqlite.prepare('DELETE FROM deferred_indexes WHERE name = ?').run(index.name);
    })
    .immediate();
}
