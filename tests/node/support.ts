// Test support: fresh data folders with a real SQLite file, an office and signed-in actors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openBackend, type Backend, type BackendOptions } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import { createUser } from '../../electron/core/accounts/users';
import type { Actor, CoreContext } from '../../electron/core/context';
import { passphraseSealer } from '../../electron/core/exchange/keys/sealer';
import { memoryCaller, type Caller } from '../../electron/router';
import type { Role } from '../../rules/roles';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(prefix = 'boai-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function freshBackend(dataDir = tempDir(), options: BackendOptions = {}): Backend {
  const backend = openBackend(dataDir, options);
  cleanups.unshift(() => backend.close());
  return backend;
}

export const ADMIN_PASSWORD = 'admin-pass-123';

export const KEY_PASSPHRASE = 'test key passphrase';

/**
 * A backend with office 321302 and its admin set up; contexts for any role. With `keys: true` the office gets
 * its key pairs (sealed with KEY_PASSPHRASE) and every context can unlock them (ctx.secrets).
 */
export function officeBackend(
  role: 'county' | 'city' = 'county',
  code = '321302',
  options: { keys?: boolean; name?: string } = {},
) {
  const backend = freshBackend(tempDir(), options.keys ? { secrets: passphraseSealer(KEY_PASSPHRASE) } : {});
  const secrets = backend.secrets;
  const system: CoreContext = {
    store: backend.store,
    actor: null,
    method: 'test.setup',
    now: () => new Date(),
    secrets,
  };
  setupOffice(system, {
    code,
    name: options.name ?? '宿城区红十字会',
    role,
    admin: { username: 'admin', password: ADMIN_PASSWORD },
  });
  const as = (roles: Role[], method = 'test'): CoreContext => {
    const username = `user-${roles.join('-')}`;
    const actor: Actor = { userId: username, username, displayName: username, roles };
    return { store: backend.store, actor, method, now: () => new Date(), secrets };
  };
  const addUser = (username: string, roles: Role[], password = 'password-123') =>
    createUser(as(['admin'], 'users.create'), { username, displayName: username, roles, password });
  return { backend, store: backend.store, as, addUser };
}

const namedCallers = new WeakMap<object, Map<string, Caller>>();

/** One in-memory caller per name and router (a browser or window of its own): it keeps the id sign-in issues. */
export function callerFor(router: object, name: string): Caller {
  let callers = namedCallers.get(router);
  if (!callers) namedCallers.set(router, (callers = new Map()));
  let caller = callers.get(name);
  if (!caller) callers.set(name, (caller = memoryCaller()));
  return caller;
}
