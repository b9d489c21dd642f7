// `db check` and `db backup`.
import path from 'node:path';
import { backupDatabase } from '../../../db/open';
import { checkDatabase } from '../../core/admin/check';
import { CliError, type Args } from '../args';
import { openCli, requireCliOffice } from '../context';

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
