// Stock movements run in ONE immediate transaction: BEGIN IMMEDIATE takes the write lock before the
// balances are read, so a second connection posting at the same time waits instead of reading the same
// balance and overselling. Inside a caller's transaction we join it; that caller must have begun it
// immediate too (db.transaction(fn).immediate()).
import type Database from 'better-sqlite3';

export function immediately<T>(sqlite: Database.Database, work: () => T): T {
  if (sqlite.inTransaction) return work();
  return sqlite.transaction(work).immediate();
}
