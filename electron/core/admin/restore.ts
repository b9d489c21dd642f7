// Restoring the office database from a backup copy. The restored file gets a new incarnation id:
// the city has seen packages this copy no longer knows of, and the new id lets it tell a restore
// from a replay (it stops, and an administrator accepts a fresh snapshot). The current file is kept.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '@db/open';
import { appendAudit } from '../audit/chain';
import type { Actor, CoreContext } from '../context';
import { fail } from '../errors';
import { rowRead } from '../records/reads';

export interface RestoreResult {
  file: string;
  restoredFrom: string;
  /** The database as it was before the restore, kept under backups/. */
  previousCopy: string | null;
  officeCode: string;
  previousIncarnationId: string;
  incarnationId: string;
}

const OFFICE = rowRead<{ code: string; incarnationId: string }>(
  'SELECT code, incarnation_id AS incarnationId FROM office LIMIT 1',
);

function readOfficeOf(file: string, what: 'backup' | 'current'): { code: string; incarnationId: string } {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    fail('RESTORE_NOT_A_DATABASE', { file, what });
  }
  try {
    if (db.pragma('quick_check', { simple: true }) !== 'ok') fail('RESTORE_BACKUP_DAMAGED', { file });
    const row = OFFICE.on(db).get();
    return row ?? fail('RESTORE_NOT_A_DATABASE', { file, what });
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('RESTORE_')) throw error;
    fail('RESTORE_NOT_A_DATABASE', { file, what });
  } finally {
    db.close();
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces `file` with a copy of `backup` (the app must be closed). The current file is first copied
 * to backups/; the restored database is migrated if it is older, then given a new incarnation id.
 */
export function restoreDatabase(file: string, backup: string, o: { actor: Actor; now: Date }): RestoreResult {
  const source = readOfficeOf(backup, 'backup');
  const current = fs.existsSync(file) ? readOfficeOf(file, 'current') : null;
  if (current && current.code !== source.code)
    fail('RESTORE_OTHER_OFFICE', { backupOffice: source.code, office: current.code });

  let previousCopy: string | null = null;
  if (current) {
    const stamp = o.now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
    previousCopy = path.join(
      path.dirname(file),
      'backups',
      `${path.basename(file, path.extname(file))}-${stamp}-before-restore.sqlite`,
    );
    fs.mkdirSync(path.dirname(previousCopy), { recursive: true });
    const db = new Database(file, { fileMustExist: true });
    try {
      db.prepare('VACUUM INTO ?').run(previousCopy);
    } finally {
      db.close();
    }
  }
  const temp = `${file}.restoring`;
  fs.copyFileSync(backup, temp);
  fsyncFile(temp);
  for (const sidecar of [`${file}-wal`, `${file}-shm`]) fs.rmSync(sidecar, { force: true });
  fs.renameSync(temp, file);

  const store = openDatabase(file, { now: () => o.now });
  try {
    const incarnationId = randomUUID();
    const ctx: CoreContext = { store, actor: o.actor, method: 'db.restore', now: () => o.now };
    store.sqlite.transaction(() => {
      store.sqlite.prepare('UPDATE office SET incarnation_id = ?').run(incarnationId);
      appendAudit(ctx, {
        method: ctx.method,
        tableName: 'office',
        recordId: source.code,
        before: { incarnationId: source.incarnationId },
        after: { incarnationId, restoredFrom: path.basename(backup) },
      });
    })();
    return {
      file,
      restoredFrom: backup,
      previousCopy,
      officeCode: source.code,
      previousIncarnationId: source.incarnationId,
      incarnationId,
    };
  } finally {
    store.sqlite.close();
  }
}
