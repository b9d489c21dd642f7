// Rewrites relative imports that climb `--min` or more folders (default 3: `../../../`) into the tsconfig path
// aliases (`@api/…`, `@core/…`, `@db/…`, `@renderer/…`), in place. Only specifiers whose target lies inside an
// aliased folder change; the rest stay. Run after merging, then `npm run fix` to re-sort the imports:
//   node build/codemods/aliases.mjs [--min 3] [--dry] <file or folder>…   (default: db electron renderer tests)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { aliasTable, repoRoot } from '../aliases.mjs';

// import … from '…', export … from '…', import '…', import('…'), require('…'), vi.mock('…'), vi.importActual('…')
const SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bvi\.(?:mock|importActual|doMock)\s*\(\s*)(['"])(\.\.\/[^'"]*)\2/g;

/** The aliased form of `spec` written in `file`, or null when it climbs fewer than `min` folders or leaves every alias. */
export function aliasFor(file, spec, aliases, min) {
  const climbs = spec.match(/^(\.\.\/)+/)?.[0].length / 3;
  if (!climbs || climbs < min) return null;
  const target = path.resolve(path.dirname(file), spec);
  // The longest folder wins, so a nested alias (if one is added) beats its parent.
  const alias = aliases
    .filter(({ dir }) => target === dir || target.startsWith(dir + path.sep))
    .sort((a, b) => b.dir.length - a.dir.length)[0];
  if (!alias) return null;
  // The aliased folder itself is its index module (`@api/*` needs something after the slash).
  return alias.prefix + (path.relative(alias.dir, target).split(path.sep).join('/') || 'index');
}

/** The file's text with its long climbs aliased, and how many it changed. */
export function rewriteText(file, text, aliases, min = 3) {
  let changed = 0;
  const next = text.replace(SPECIFIER, (whole, lead, quote, spec) => {
    const aliased = aliasFor(file, spec, aliases, min);
    if (!aliased) return whole;
    changed += 1;
    return `${lead}${quote}${aliased}${quote}`;
  });
  return { text: next, changed };
}

function* sourceFiles(entry) {
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry)) yield entry;
    return;
  }
  for (const child of fs.readdirSync(entry, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'migrations'].includes(child.name)) continue;
    yield* sourceFiles(path.join(entry, child.name));
  }
}

function main(argv) {
  let min = 3;
  let dry = false;
  const targets = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--min') min = Number(argv[(i += 1)]);
    else if (argv[i] === '--dry') dry = true;
    else targets.push(argv[i]);
  }
  const roots = (targets.length ? targets : ['db', 'electron', 'renderer', 'tests']).map((t) =>
    path.resolve(repoRoot, t),
  );
  const aliases = aliasTable();
  let files = 0;
  let imports = 0;
  for (const root of roots) {
    for (const file of sourceFiles(root)) {
      const before = fs.readFileSync(file, 'utf8');
      const { text, changed } = rewriteText(file, before, aliases, min);
      if (!changed) continue;
      files += 1;
      imports += changed;
      if (!dry) fs.writeFileSync(file, text);
    }
  }
  console.log(`${dry ? 'Would rewrite' : 'Rewrote'} ${imports} imports in ${files} files (climbs of ${min}+ folders).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  main(process.argv.slice(2));
