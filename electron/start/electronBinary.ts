// Where Electron's program file is, or null when it was never downloaded. Reads what the electron
// package's install wrote (path.txt) instead of require('electron'): that require starts a download
// when the file is missing, and machines without access to Electron's downloads must not try one.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function electronPackageDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

export function electronBinary(packageDir: string | null, env: NodeJS.ProcessEnv = process.env): string | null {
  if (!packageDir) return null;
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  if (!relative && !env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const binary = path.join(distDir, relative || 'electron');
  return fs.existsSync(binary) && fs.statSync(binary).isFile() ? binary : null;
}
