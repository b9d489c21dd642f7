// Lint of import boundaries: db/, electron/core and electron/api never import electron;
// renderer/ never imports db/ or electron/core (it goes through the API contract).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// `bare`: package specifiers refused; `paths`: repo paths (relative imports, resolved) refused.
const RULES = [
  { dirs: ['db', 'electron/core', 'electron/api'], bare: [/^electron(\/|$)/], paths: [], why: 'must run in plain Node (no electron import)' },
  { dirs: ['renderer/src'], bare: [/^electron(\/|$)/, /^node:/, /^better-sqlite3$/], paths: [/^db(\/|$)/, /^electron\/core(\/|$)/],
    why: 'must go through the API contract (no db/, electron/core, node or electron import)' },
  { dirs: ['electron/api'], bare: [], paths: [/^db(\/|$)/, /^electron\/core(\/|$)/], why: 'the contract is pure TypeScript shared with the renderer' },
];
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function* sourceFiles(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name)) yield full;
  }
}

const problems = [];
for (const rule of RULES) {
  for (const dir of rule.dirs) {
    for (const file of sourceFiles(path.join(root, dir))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(IMPORT)) {
        const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
        const relative = spec.startsWith('.');
        const target = relative ? path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep).join('/') : spec;
        if ((relative ? rule.paths : rule.bare).some((re) => re.test(target))) {
          problems.push(`${path.relative(root, file)} imports '${spec}': ${rule.dirs.join(', ')} ${rule.why}`);
        }
      }
    }
  }
}
if (problems.length) {
  console.error(`Import boundary violations (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Import boundaries: ok');
