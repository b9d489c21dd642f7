// A grid asks for the total with every page it reads, and at a city's million people a count is most of a
// page's time (one county: ~100,000 index entries; everyone: a million). The total is remembered per query
// until the database changes: SQLite's total_changes() grows with every row this connection writes (rolled
// back or not) and PRAGMA data_version with every commit of another connection (the import's, the CLI's),
// so a cached count is never older than the data. Inside a transaction nothing is cached or reused: it may see
// rows that a rollback takes away. Other reads a grid repeats for every page (a search's matches) are kept the same way.
import type Database from 'better-sqlite3';
import { valueRead } from './reads';

interface Remembered {
  version: string;
  value: unknown;
}

/** Enough for the views one clerk pages through; the oldest is dropped when it is full. */
const MAX_REMEMBERED = 64;
const caches = new WeakMap<Database.Database, Map<string, Remembered>>();

const TOTAL_CHANGES = valueRead<number>('SELECT total_changes()');

function versionOf(sqlite: Database.Database): string {
  const changes = TOTAL_CHANGES.on(sqlite).get();
  const dataVersion = sqlite.pragma('data_version', { simple: true }) as number;
  return `${changes}/${dataVersion}`;
}

/**
 * What `read` answers, remembered under `key` until the database changes (never inside a transaction). `key` must
 * name everything the answer depends on: the SQL and its parameters.
 */
export function rememberedRead<T>(sqlite: Database.Database, key: string, read: () => T): T {
  if (sqlite.inTransaction) return read();
  let remembered = caches.get(sqlite);
  if (!remembered) caches.set(sqlite, (remembered = new Map()));
  const version = versionOf(sqlite);
  const known = remembered.get(key);
  if (known?.version === version) return known.value as T;
  const fresh = read();
  remembered.delete(key);
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, { version, value: fresh });
  return fresh;
}

/** `SELECT count(*) ...` with its parameters, answered from memory when the database has not changed since. */
export function rememberedCount(sqlite: Database.Database, sql: string, params: readonly unknown[]): number {
  return rememberedRead(
    sqlite,
    `${sql}\u0000${JSON.stringify(params)}`,
    () =>
      valueRead<number>(sql)
        .on(sqlite)
        .get(...params) ?? 0,
  );
}
