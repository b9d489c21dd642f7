// `office init`: sets up a data folder without the UI, through the same code as first run (no session: there is
// no user yet - see ../context.ts); with a passphrase
// (--passphrase-file F or BOAI_KEY_PASSPHRASE) it also creates the office's key pairs.
import { contract } from '../../api/contract';
import { setUpNewOffice } from '../../core/accounts/office';
import { ownKeySummary } from '../../core/exchange/keys/ring';
import { CliError, requireFlag, type Args } from '../args';
import { cliContext, openCli } from '../context';
import { readPasswordFile } from './users';

export function officeInit(args: Args) {
  const password = readPasswordFile(args);
  const input = contract['office.setup'].input.safeParse({
    code: requireFlag(args, 'code'),
    name: requireFlag(args, 'name'),
    role: requireFlag(args, 'role'),
    admin: { username: requireFlag(args, 'admin'), password },
  });
  if (!input.success) {
    const fields = input.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CliError('INPUT_INVALID', fields, { fields });
  }
  const backend = openCli(args);
  try {
    const ctx = { ...cliContext(backend, 'office.init'), actor: null };
    const office = setUpNewOffice(ctx, input.data);
    // Without --passphrase-file / BOAI_KEY_PASSPHRASE the office is set up keyless; `keys init` makes them later.
    const keys = backend.secrets ? ownKeySummary(ctx.store) : null;
    return {
      ok: true,
      office: { code: office.code, name: office.name, role: office.role },
      keys,
      dataDir: backend.dataDir,
    };
  } finally {
    backend.close();
  }
}
