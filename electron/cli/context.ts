// The machine-level recovery commands' access to the data folder, without a session - each exists precisely
// because no one can sign in, or acts on the database file itself:
//   office init           - before set-up there is no user to sign in as;
//   users reset-password  - the administrator's own password is forgotten or the account locked;
//   db check|backup|restore - the file itself (a damaged database or a lost password must not stop a backup).
// Their audit entries name the machine's user (cli:NAME). Every other command goes through the router: session.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Store } from '../../db/open';
import type { OfficeInfo } from '../api/types';
import { readOffice } from '../core/accounts/office';
import type { CoreContext, SecretSealer } from '../core/context';
import { sealerFromPassphrase } from '../core/exchange/keys/sealer';
import { DB_FILE_NAME, resolveDataDir } from '../data-dir';
import { CliError, flag, type Args } from './args';

export function cliActorName(): string {
  return `cli:${os.userInfo().username}`;
}

/** The office database without a router, for the recovery commands above. */
export interface CliStore {
  dataDir: string;
  store: Store;
  secrets?: SecretSealer;
  close(): void;
}

/**
 * Pass the command's args so `--passphrase-file F` can unlock the office keys (BOAI_KEY_PASSPHRASE works
 * without them). The file is read here, before the database is touched.
 */
export function openCli(args?: Args): CliStore {
  const secrets = sealerFromPassphrase(args ? flag(args, 'passphrase-file') : undefined);
  const dataDir = resolveDataDir();
  fs.mkdirSync(dataDir, { recursive: true });
  const store = openDatabase(path.join(dataDir, DB_FILE_NAME));
  return { dataDir, store, secrets, close: () => store.sqlite.close() };
}

export function cliContext(backend: CliStore, method: string): CoreContext {
  return {
    store: backend.store,
    method: `cli.${method}`,
    now: () => new Date(),
    secrets: backend.secrets,
    actor: { userId: 'cli', username: cliActorName(), displayName: cliActorName(), roles: ['admin'] },
  };
}

export function officeNotSetUp(dataDir: string): CliError {
  const command = 'npm run cli -- office init --code C --name N --role county|city --admin USER --password-file F';
  return new CliError('OFFICE_NOT_SET_UP', `No office is set up in ${dataDir}. Run: ${command}`, { command, dataDir });
}

/** Every command but `office init` needs a set-up office. */
export function requireCliOffice(backend: CliStore): OfficeInfo {
  return (
    readOffice(backend.store) ??
    (() => {
      throw officeNotSetUp(backend.dataDir);
    })()
  );
}
