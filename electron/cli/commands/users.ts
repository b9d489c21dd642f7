// `users reset-password USER --password-file F`: the administrator's recovery on the machine (forgotten password,
// locked account). Same rules and audit as in the app, done by the CLI; the user's sessions end at their next call.
import fs from 'node:fs';
import { resetPasswordByName } from '../../core/accounts/passwordChange';
import { CliError, requireFlag, type Args } from '../args';
import { cliContext, openCli, requireCliOffice } from '../context';

export function readPasswordFile(args: Args): string {
  return fs.readFileSync(requireFlag(args, 'password-file'), 'utf8').replace(/\r?\n$/, '');
}

export function usersResetPassword(args: Args) {
  const username = args.positionals[2];
  if (!username) throw new CliError('USAGE', 'Usage: users reset-password USER --password-file F');
  const password = readPasswordFile(args);
  const backend = openCli(args);
  try {
    requireCliOffice(backend);
    const user = resetPasswordByName(cliContext(backend, 'users.resetPassword'), username, password);
    return { ok: true, user: user.username, unlocked: true };
  } finally {
    backend.close();
  }
}
