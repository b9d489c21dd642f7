// The backend every shell uses (Electron main, dev host, tests): one office database and its router.
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { openDatabase, type OpenOptions, type Store } from '../db/open';
import { handlers } from './handlers/index';
import { createRouter, type Router } from './router';

export const DB_FILE_NAME = 'boai.sqlite';

export interface Backend { dataDir: string; store: Store; router: Router; close(): void }

/** BOAI_DATA_DIR wins (tests, dev host, CLI); otherwise the shell's own folder, else ~/.boai-ledger. */
export function resolveDataDir(shellDefault?: string): string {
  return path.resolve(process.env.BOAI_DATA_DIR || shellDefault || path.join(os.homedir(), '.boai-ledger'));
}

export function openBackend(dataDir: string, options: OpenOptions = {}): Backend {
  fs.mkdirSync(dataDir, { recursive: true });
  const store = openDatabase(path.join(dataDir, DB_FILE_NAME), options);
  const router = createRouter({ store, handlers, now: options.now });
  return { dataDir, store, router, close: () => store.sqlite.close() };
}
