// The database file: pragmas, migration refusal (newer or mismatched history), backup before migrating.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseRefusedError, defaultMigrationsDir, MIGRATIONS_TABLE, openDatabase } from '@db/open';
import { tempDir } from '../support';

const digest = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A copy of the real migrations plus one more, as a newer app would have. */
function migrationsWithOneMore(dir: string): string {
  const target = path.join(dir, 'migrations-next');
  fs.cpSync(defaultMigrationsDir(), target, { recursive: true });
  const journalFile = path.join(target, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const last = journal.entries.at(-1);
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_next' });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(target, '9999_next.sql'), 'CREATE TABLE next_feature (id text PRIMARY KEY);');
  return target;
}

describe('opening a database', () => {
  it('uses WAL, foreign keys and synchronous NORMAL, and applies every migration', () => {
    const file = path.join(tempDir(), 'office.sqlite');
    const store = openDatabase(file);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(1);
    const applied = store.sqlite.prepare(`SELECT count(*) FROM ${MIGRATIONS_TABLE}`).pluck().get();
    const known = JSON.parse(fs.readFileSync(path.join(defaultMigrationsDir(), 'meta', '_journal.json'), 'utf8'))
      .entries.length;
    expect(applied).toBe(known);
    store.sqlite.close();
  });

  it('writes a timestamped backup before migrating an existing database, and keeps its data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'office.sqlite');
    const first = openDatabase(file);
    first.sqlite
      .prepare(
        `INSERT INTO office (code, name, role, incarnation_id, created_at) VALUES ('321302', '宿城区', 'county', 'x', 'now')`,
      )
      .run();
    first.sqlite.close();

    const upgraded = openDatabase(file, {
      migrationsDir: migrationsWithOneMore(dir),
      now: () => new Date('2026-11-22T08:30:00Z'),
    });
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toEqual(['office-20261122T083000-before-migration.sqlite']);
    const backup = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(backup.prepare('SELECT name FROM office').pluck().get()).toBe('宿城区');
    expect(backup.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'next_feature'`).pluck().get()).toBe(0);
    backup.close();
    expect(
      upgraded.sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'next_feature'`).pluck().get(),
    ).toBe(1);
    upgraded.sqlite.close();
  });

  it('writes no backup when nothing needs migrating', () => {
    const dir = tempDir();
    const file = path.join(dir, 'office.sqlite');
    openDatabase(file).sqlite.close();
    openDatabase(file).sqlite.close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('refuses a database written by a newer app and leaves the file untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'office.sqlite');
    const newer = openDatabase(file, { migrationsDir: migrationsWithOneMore(dir) });
    newer.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    newer.sqlite.close();
    const before = digest(file);
    expect(() => openDatabase(file)).toThrow(DatabaseRefusedError);
    try {
      openDatabase(file);
    } catch (e) {
      expect((e as DatabaseRefusedError).code).toBe('DB_NEWER_THAN_APP');
    }
    expect(digest(file)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('refuses a database whose migration history does not match', () => {
    const file = path.join(tempDir(), 'office.sqlite');
    const store = openDatabase(file);
    store.sqlite.prepare(`UPDATE ${MIGRATIONS_TABLE} SET hash = 'tampered'`).run();
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    store.sqlite.close();
    const before = digest(file);
    let code = '';
    try {
      openDatabase(file);
    } catch (e) {
      code = (e as DatabaseRefusedError).code;
    }
    expect(code).toBe('DB_MIGRATION_MISMATCH');
    expect(digest(file)).toBe(before);
  });
});
