// A package is applied on a database connection of its own. Reading a package is asynchronous (decrypting
// as it goes), so its transaction spans many turns of the event loop; on the app's shared connection every
// other call made meanwhile would run inside it and be rolled back with a preview. On its own connection the
// import holds SQLite's write lock instead, and other writers wait (DB_BUSY) until it is done.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../../../db/schema';
import type { CoreContext } from '../../context';

export async function withImportConnection<T>(ctx: CoreContext, run: (importCtx: CoreContext) => Promise<T>): Promise<T> {
  const sqlite = new Database(ctx.store.file, { fileMustExist: true });
  try {
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // A package writes into every index of a table that may hold a million rows: a larger page cache keeps
    // those index pages in memory, but the city process must stay within 500 MB, and JavaScript's heap
    // grows to 150-230 MB (V8's choice, ~30 MB of it live) while records stream through: 160 MiB is what
    // fits beside it. Measured on 1,000,000 people: 256 MiB ~107 s of CPU, 192 MiB ~118 s.
    sqlite.pragma('cache_size = -163840');
    sqlite.pragma('temp_store = MEMORY');
    return await run({ ...ctx, store: { file: ctx.store.file, sqlite, orm: drizzle(sqlite, { schema }) } });
  } finally {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    sqlite.close();
  }
}

/** Runs `work` in one write transaction; commits unless `keep` says otherwise, rolls back on any error. */
export async function inWriteTransaction<T>(ctx: CoreContext, work: () => Promise<T>, keep: (result: T) => boolean): Promise<T> {
  const sqlite = ctx.store.sqlite;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    sqlite.exec(keep(result) ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
