// `office init`: sets up a data folder without the UI, through the same code as first run.
import fs from 'node:fs';
import { setupOffice } from '../../core/accounts/office';
import { contract } from '../../api/contract';
import { CliError, requireFlag, type Args } from '../args';
import { cliContext, openCli } from '../context';

export function officeInit(args: Args) {
  const password = fs.readFileSync(requireFlag(args, 'password-file'), 'utf8').replace(/\r?\n$/, '');
  const input = contract['office.setup'].input.safeParse({
    code: requireFlag(args, 'code'), name: requireFlag(args, 'name'), role: requireFlag(args, 'role'),
    admin: { username: requireFlag(args, 'admin'), password },
  });
  if (!input.success) throw new CliError('INPUT_INVALID', input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const backend = openCli();
  try {
    const ctx = { ...cliContext(backend, 'office.init'), actor: null };
    const office = setupOffice(ctx, input.data);
    return { ok: true, office: { code: office.code, name: office.name, role: office.role }, dataDir: backend.dataDir };
  } finally {
    backend.close();
  }
}
