// The backend every shell uses (Electron main, dev host, tests): one office database and its router.
import fs from 'node:fs';
import path from 'node:path';
import { appliedMigrationCount, openDatabase, type OpenOptions, type Store } from '../db/open';
import type { MethodName } from './api/contract';
import { redactOlderEntries } from './core/audit/upgrade';
import type { SecretSealer } from './core/context';
import { KEEPS_STAGED_PREVIEW } from './core/exchange/inbox/handlers';
import { releaseStaged } from './core/exchange/inbox/staged';
import { seedTrainingDefaultsOnce } from './core/training/kinds/defaults';
import { DB_FILE_NAME } from './data-dir';
import { handlers } from './handlers';
import { createRouter, type Router } from './router';
import { idleMinutesSetting } from './sessions';

export { DB_FILE_NAME, resolveDataDir } from './data-dir';

export interface Backend {
  dataDir: string;
  store: Store;
  router: Router;
  secrets?: SecretSealer;
  close(): void;
}

export interface BackendOptions extends OpenOptions {
  /** Unlocks this office's private keys: safeStorage in the shell, a passphrase in the dev host and tests. */
  secrets?: SecretSealer;
  /** Idle sign-out; default from BOAI_IDLE_MINUTES or the data folder's settings.json (electron/sessions.ts). */
  idleMinutes?: number;
}

export function openBackend(dataDir: string, options: BackendOptions = {}): Backend {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE_NAME);
  const migrationsBefore = appliedMigrationCount(file);
  const store = openDatabase(file, options);
  redactOlderEntries(store, options.now?.() ?? new Date());
  if (migrationsBefore > 0) seedTrainingDefaultsOnce(store, migrationsBefore, options.now?.() ?? new Date());
  // A staged import preview holds the write lock on a connection of its own: any write but the import wizard's ends
  // it (reads, the renderer's idle checks among them, leave it in place).
  const beforeWrite = (method: MethodName) => {
    if (!KEEPS_STAGED_PREVIEW.has(method)) releaseStaged(store.file);
  };
  const idleMinutes = options.idleMinutes ?? idleMinutesSetting(dataDir);
  const router = createRouter({
    store,
    handlers,
    now: options.now,
    secrets: options.secrets,
    beforeWrite,
    idleMinutes,
  });
  const close = () => {
    releaseStaged(store.file);
    store.sqlite.close();
  };
  return { dataDir, store, router, secrets: options.secrets, close };
}
