// `npm start` (after the build): runs Electron, or the dev host in the browser where Electron's binary is missing.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { announce, serveOffice } from '../host/serveOffice';
import { electronBinary, electronPackageDir } from './electronBinary';
import { launch } from './launch';
import { openBrowser } from './openBrowser';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

function runElectron(binary: string): void {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [repoRoot], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

try {
  await launch({
    electronPath: electronBinary(electronPackageDir()),
    runElectron,
    startDevHost: async () => {
      const served = await serveOffice(repoRoot);
      announce(served);
      return served.host;
    },
    openBrowser,
    print: (line) => console.log(line),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
