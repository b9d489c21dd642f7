// Where an office's data folder is: BOAI_DATA_DIR wins (tests, dev host, CLI); otherwise the shell's own
// folder (Electron's userData), else ~/.boai-ledger.
import os from 'node:os';
import path from 'node:path';

export const DB_FILE_NAME = 'boai.sqlite';

export function resolveDataDir(shellDefault?: string): string {
  return path.resolve(process.env.BOAI_DATA_DIR || shellDefault || path.join(os.homedir(), '.boai-ledger'));
}
