// Runs the real CLI (`npm run cli` = tsx electron/cli/main.ts) in a child process against a data folder, signed in
// as the test office's administrator (officeBackend's admin) unless `env` names another user (BOAI_USER, BOAI_PASSWORD).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ADMIN_PASSWORD } from './support';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  json: () => Record<string, unknown>;
}

/** The CLI's sign-in as `username` (the environment's way; --user and --password-file are the other). */
export function signedInAs(username: string, password: string): Record<string, string> {
  return { BOAI_USER: username, BOAI_PASSWORD: password };
}

export function runCli(dataDir: string, args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'electron', 'cli', 'main.ts'), ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, BOAI_DATA_DIR: dataDir, ...signedInAs('admin', ADMIN_PASSWORD), ...env },
      timeout: 120_000,
    },
  );
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    json: () => {
      const lines = result.stdout.trim().split('\n');
      if (lines.length !== 1)
        throw new Error(`expected exactly one JSON line on stdout, got:\n${result.stdout}\n${result.stderr}`);
      return JSON.parse(lines[0]!);
    },
  };
}
