// A package is applied on a database connection of its own. Reading a package is asynchronous (decrypting
// as it goes), so its transaction spans many turns of the event loop; on the app's shared connection every
// other call made meanwhile would run inside it and be rolled back with a preview. On its own connection the
// import holds SQLite's write lock instead, and other writers wait (DB_BUSY) until it is done.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '@db/schema';
import type { CoreContext } from '../../context';

export interface ImportConnection {
  /** The caller's context on the import's own connection. */
  ctx: CoreContext;
  /** Rolls back whatever is not committed, and closes. */
  close(): void;
}

export function openImportConnection(ctx: CoreContext): ImportConnection {
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
    // No checkpoint at this connection's commit: copying a package's WAL frames into the database was a third
    // of its commit, and the next package rewrites many of the same pages (the id indexes). finishImports
    // checkpoints once for the batch; until then readers find those pages in the WAL.
    sqlite.pragma('wal_autocheckpoint = 0');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const close = () => {
    if (!sqlite.open) return;
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    sqlite.close();
  };
  return { ctx: { ...ctx, store: { file: ctx.store.file, sqlite, orm: drizzle(sqlite, { schema }) } }, close };
}
