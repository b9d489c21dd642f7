// The path aliases (`@api/…` instead of `../../../../electron/api/…`), read from tsconfig.json "paths" so the
// type checker, tsx, esbuild and Playwright (which read tsconfig themselves) and vite/vitest (given these) agree.
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..');

/** [{ prefix: '@api/', dir: '<repo>/electron/api' }, …] from tsconfig.json's "paths". */
export function aliasTable(root = repoRoot) {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
  return Object.entries(tsconfig.compilerOptions.paths ?? {}).map(([key, [target]]) => ({
    prefix: key.replace(/\*$/, ''),
    dir: path.resolve(root, target.replace(/\/?\*$/, '')),
  }));
}

/** The same table as vite's resolve.alias entries. */
export function viteAliases(root = repoRoot) {
  return aliasTable(root).map(({ prefix, dir }) => ({
    find: new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
    replacement: `${dir}/`,
  }));
}
