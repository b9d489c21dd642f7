// What a CLI command works with: the data folder's backend and a core context acting as the CLI.
import os from 'node:os';
import { openBackend, resolveDataDir, type Backend } from '../backend';
import { readOffice } from '../core/accounts/office';
import type { CoreContext } from '../core/context';
import type { OfficeInfo } from '../api/types';
import { CliError } from './args';

export function cliActorName(): string {
  return `cli:${os.userInfo().username}`;
}

export function openCli(): Backend {
  return openBackend(resolveDataDir());
}

export function cliContext(backend: Backend, method: string): CoreContext {
  return {
    store: backend.store, method: `cli.${method}`, now: () => new Date(),
    actor: { userId: 'cli', username: cliActorName(), displayName: cliActorName(), roles: ['admin'] },
  };
}

/** Every command but `office init` needs a set-up office. */
export function requireCliOffice(backend: Backend): OfficeInfo {
  const office = readOffice(backend.store);
  if (!office) throw new CliError('OFFICE_NOT_SET_UP', `No office is set up in ${backend.dataDir}. Run: npm run cli -- office init --code C --name N --role county|city --admin USER --password-file F`);
  return office;
}
