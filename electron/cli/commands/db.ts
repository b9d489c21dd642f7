// `db check`, `db backup` and `db restore`.
import path from 'node:path';
import { backupDatabase } from '@db/open';
import { checkDatabase } from '../../core/admin/check';
import { restoreDatabase } from '../../core/admin/restore';
import { DB_FILE_NAME, resolveDataDir } from '../../data-dir';
import { CliError, type Args } from '../args';
import { cliActorName, openCli, requireCliOffice } from '../context';

export function dbCheck() {
  const backend = openCli();
  try {
    requireCliOffice(backend);
    return checkDatabase(backend.store);
  } finally {
    backend.close();
  }
}

export function dbBackup(args: Args) {
  const target = args.positionals[2];
  if (!target) throw new CliError('USAGE', 'Usage: db backup <file>');
  const backend = openCli();
  try {
    requireCliOffice(backend);
    backupDatabase(backend.store, path.resolve(target));
    return { ok: true, file: path.resolve(target) };
  } finally {
    backend.close();
  }
}

/** `db restore <backup>`: the app must be closed; the restored database gets a new incarnation id. */
export function dbRestore(args: Args) {
  const backup = args.positionals[2];
  if (!backup) throw new CliError('USAGE', 'Usage: db restore <backup file>');
  const dataDir = resolveDataDir();
  const name = cliActorName();
  const result = restoreDatabase(path.join(dataDir, DB_FILE_NAME), path.resolve(backup), {
    actor: { userId: 'cli', username: name, displayName: name, roles: ['admin'] },
    now: new Date(),
  });
  return { ok: true, ...result };
}
