// Opens an office database file: refuses a migration history the app does not know, backs up
// before migrating, applies pending drizzle-kit migrations, and sets WAL + foreign keys.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { rebuildDeferredIndexes } from './deferredIndexes';
import * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;
export interface Store {
  file: string;
  sqlite: Database.Database;
  orm: Orm;
}

export const MIGRATIONS_TABLE = '__drizzle_migrations';

export class DatabaseRefusedError extends Error {
  constructor(
    readonly code: 'DB_NEWER_THAN_APP' | 'DB_MIGRATION_MISMATCH',
    message: string,
  ) {
    super(message);
  }
}

export function defaultMigrationsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.join(here, 'migrations');
}

export interface OpenOptions {
  migrationsDir?: string;
  /** Where backups before a migration go; default: a `backups` folder beside the file. */
  backupDir?: string;
  now?: () => Date;
}

export function openDatabase(file: string, options: OpenOptions = {}): Store {
  const migrations = readMigrationFiles({ migrationsFolder: options.migrationsDir ?? defaultMigrationsDir() });
  const applied = fs.existsSync(file) ? readAppliedMigrations(file) : [];
  checkHistory(applied, migrations);

  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -49152'); // 48 MiB: bulk imports into the indexed people table run ~35% faster than the default; more costs memory the import needs
  // Upkeep a crash interrupted comes first: a migration may change the indexes it would build.
  rebuildDeferredIndexes(sqlite);
  const pending = migrations.slice(applied.length);
  if (pending.length > 0) {
    if (applied.length > 0 || hasUserTables(sqlite)) {
      backupBeforeMigration(sqlite, file, options.backupDir, (options.now ?? (() => new Date()))());
    }
    applyMigrations(sqlite, pending);
  }
  return { file, sqlite, orm: drizzle(sqlite, { schema }) };
}

interface AppliedMigration {
  hash: string;
  createdAt: number;
}

function readAppliedMigrations(file: string): AppliedMigration[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name=?`).get(MIGRATIONS_TABLE);
    if (!exists) return [];
    return db
      .prepare<[], AppliedMigration>(
        `SELECT hash, created_at AS createdAt FROM ${MIGRATIONS_TABLE} ORDER BY created_at, id`,
      )
      .all();
  } finally {
    db.close();
  }
}

function checkHistory(applied: AppliedMigration[], known: MigrationMeta[]): void {
  if (applied.length > known.length) {
    throw new DatabaseRefusedError(
      'DB_NEWER_THAN_APP',
      `This database was written by a newer version of Boai Ledger (${applied.length} migrations, this app knows ${known.length}). Update the program; the file was left untouched.`,
    );
  }
  applied.forEach((row, i) => {
    if (row.hash !== known[i]!.hash) {
      throw new DatabaseRefusedError(
        'DB_MIGRATION_MISMATCH',
        `Migration ${i + 1} of this database does not match this version of Boai Ledger. The file was left untouched.`,
      );
    }
  });
}

function hasUserTables(sqlite: Database.Database): boolean {
  return (
    (sqlite
      .prepare<[], number>(`SELECT count(*) AS n FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .get() ?? 0) > 0
  );
}

function backupBeforeMigration(
  sqlite: Database.Database,
  file: string,
  backupDir: string | undefined,
  now: Date,
): string {
  const dir = backupDir ?? path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const target = path.join(dir, `${path.basename(file, path.extname(file))}-${stamp}-before-migration.sqlite`);
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}

function applyMigrations(sqlite: Database.Database, pending: MigrationMeta[]): void {
  sqlite.exec(
    `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)`,
  );
  const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`);
  sqlite.transaction(() => {
    for (const migration of pending) {
      for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement);
      record.run(migration.hash, migration.folderMillis);
    }
  })();
}

/** How many migrations a database file has applied (0 for a file that does not exist yet). */
export function appliedMigrationCount(file: string): number {
  return fs.existsSync(file) ? readAppliedMigrations(file).length : 0;
}

/** How many migrations the file has applied against how many this app knows, and whether they match. */
export function migrationState(
  store: Store,
  migrationsDir = defaultMigrationsDir(),
): { applied: number; known: number; ok: boolean } {
  const known = readMigrationFiles({ migrationsFolder: migrationsDir });
  const applied = store.sqlite
    .prepare<[], string>(`SELECT hash FROM ${MIGRATIONS_TABLE} ORDER BY created_at, id`)
    .pluck()
    .all();
  const ok = applied.length === known.length && applied.every((hash, i) => hash === known[i]!.hash);
  return { applied: applied.length, known: known.length, ok };
}

/** A consistent copy of the open database, safe while it is in use (VACUUM INTO). */
export function backupDatabase(store: Store, target: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (fs.existsSync(target)) throw new Error(`Backup target exists: ${target}`);
  store.sqlite.prepare('VACUUM INTO ?').run(target);
}
