// A CLI command's door to the program: the data folder's router, as Electron IPC and the dev host use it, signed in
// as a named user with that user's roles. The user is --user NAME (else BOAI_USER); the password is the first line
// of --password-file F (else BOAI_PASSWORD). The contract's zod schemas and the router's role checks decide; the
// audit log names that user. Only the machine-level recovery commands work without it (context.ts says which).
import fs from 'node:fs';
import type { InputOf, MethodName, ResultOf } from '../api/contract';
import type { OfficeInfo } from '../api/types';
import { openBackend } from '../backend';
import { sealerFromPassphrase } from '../core/exchange/keys/sealer';
import { resolveDataDir } from '../data-dir';
import { memoryCaller } from '../router';
import { CliError, flag, type Args } from './args';
import { officeNotSetUp } from './context';

export interface CliSession {
  dataDir: string;
  office: OfficeInfo;
  /** One router call; a refusal is thrown as a CliError with the router's code and details. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  close(): Promise<void>;
}

/** The signed-in user's name and password from the command line or the environment. */
function credentials(args: Args, env: NodeJS.ProcessEnv): { username: string; password: string } {
  const username = flag(args, 'user') ?? env['BOAI_USER'];
  const file = flag(args, 'password-file');
  const password = file === undefined ? env['BOAI_PASSWORD'] : fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  if (!username || password === undefined)
    throw new CliError('CLI_SIGN_IN_NEEDED', 'Sign in: --user NAME with --password-file F or BOAI_PASSWORD');
  return { username, password };
}

/** Opens the data folder and signs in; the caller closes the session (it signs out and closes the database). */
export async function openSession(args: Args, env: NodeJS.ProcessEnv = process.env): Promise<CliSession> {
  const dataDir = resolveDataDir();
  const backend = openBackend(dataDir, { secrets: sealerFromPassphrase(flag(args, 'passphrase-file'), env) });
  const caller = memoryCaller();
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
    const result = await backend.router.call(method, input, caller);
    if (!result.ok) throw new CliError(result.error.code, result.error.code, result.error.details);
    return result.value as ResultOf<M>;
  }
  try {
    const { office } = await call('office.status', {});
    if (!office) throw officeNotSetUp(dataDir);
    await call('auth.login', credentials(args, env));
    const close = async () => {
      await backend.router.call('auth.logout', {}, caller);
      backend.close();
    };
    return { dataDir, office, call, close };
  } catch (error) {
    backend.close();
    throw error;
  }
}

/** Runs `work` in a signed-in session and closes it, whatever happens. */
export async function withSession<T>(args: Args, work: (session: CliSession) => Promise<T>): Promise<T> {
  const session = await openSession(args);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
