// rules/ is the floor every layer stands on (docs/architecture.md): db/, the core and the renderer import it, so it
// imports nothing but itself - no node:*, no package, no electron/ or db/ - and db/ imports nothing from electron/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Each import of the folder's files: a relative one as a repo path (rules/dates), a bare one as written (zod, node:fs). */
function importsOf(dir: string): { file: string; target: string }[] {
  const files = fs
    .readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f));
  return files.flatMap((file) =>
    [...fs.readFileSync(path.join(repoRoot, dir, file), 'utf8').matchAll(IMPORT)].map((m) => {
      const spec = m[1] ?? m[2]!;
      const target = spec.startsWith('.')
        ? path.relative(repoRoot, path.resolve(repoRoot, dir, path.dirname(file), spec))
        : spec;
      return { file: `${dir}/${file}`, target: target.split(path.sep).join('/') };
    }),
  );
}

describe('layer floor', () => {
  it('rules/ imports only rules/', () => {
    const edges = importsOf('rules');
    expect(edges.some(({ target }) => target === 'rules/dates')).toBe(true); // the scan sees rules' own imports
    expect(edges.filter(({ target }) => !target.startsWith('rules/'))).toEqual([]);
  });

  it('db/ imports nothing from electron/ or renderer/', () => {
    const edges = importsOf('db');
    expect(edges.some(({ target }) => target === 'rules/stock')).toBe(true); // the scan sees db's imports
    expect(edges.filter(({ target }) => /^(electron|renderer)\//.test(target))).toEqual([]);
  });
});
