// Prepared statements cached per database connection, for every domain: the same few query shapes run
// over and over, and preparing them each time would cost more than running them.
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function cachedStatement(sqlite: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = sqlite.prepare(sql)));
  return statement;
}

/** Values of one `IN (...)` lookup: a fixed number, so one prepared statement serves every batch. */
export const IN_LIST_SIZE = 200;

/** `?, ?, ...` for an IN list of IN_LIST_SIZE. */
export const IN_LIST = Array(IN_LIST_SIZE).fill('?').join(', ');

/** The values in groups of IN_LIST_SIZE, the last padded with nulls (which match nothing). */
export function* inListBatches(values: readonly string[]): Generator<(string | null)[]> {
  for (let at = 0; at < values.length; at += IN_LIST_SIZE) {
    const batch: (string | null)[] = values.slice(at, at + IN_LIST_SIZE);
    while (batch.length < IN_LIST_SIZE) batch.push(null);
    yield batch;
  }
}
