// Moves each domain's contract (types and methods) and handlers into its folder under electron/core/ and rewrites
// every import that reaches a moved file, or that a moved file makes. Idempotent: a move whose source is gone is
// skipped. Run on a clean tree, then `npm run fix`:   node build/codemods/domainFolders.mjs [--dry]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { aliasTable, repoRoot } from '../aliases.mjs';

/** [from, to], relative to the repository root. */
export const MOVES = [
  ['electron/handlers/types.ts', 'electron/core/handler.ts'],
  ['electron/handlers/context.ts', 'electron/core/handlerContext.ts'],
  ['electron/handlers/index.ts', 'electron/handlers.ts'],
  ['electron/api/methods/office.ts', 'electron/core/accounts/methods.ts'],
  ['electron/handlers/office.ts', 'electron/core/accounts/handlers.ts'],
  ['electron/api/methods/audit.ts', 'electron/core/audit/methods.ts'],
  ['electron/handlers/audit.ts', 'electron/core/audit/handlers.ts'],
  ['electron/api/methods/preferences.ts', 'electron/core/preferences/methods.ts'],
  ['electron/handlers/preferences.ts', 'electron/core/preferences/handlers.ts'],
  ['electron/api/methods/print.ts', 'electron/core/print/methods.ts'],
  ['electron/handlers/print.ts', 'electron/core/print/handlers.ts'],
  ['electron/api/people.ts', 'electron/core/people/contract.ts'],
  ['electron/api/methods/people.ts', 'electron/core/people/methods.ts'],
  ['electron/handlers/people.ts', 'electron/core/people/handlers.ts'],
  ['electron/handlers/peopleFiles.ts', 'electron/core/people/import/handlers.ts'],
  ['electron/handlers/peopleGroups.ts', 'electron/core/people/groupHandlers.ts'],
  ['electron/api/stock.ts', 'electron/core/stock/contract.ts'],
  ['electron/api/methods/stock.ts', 'electron/core/stock/methods.ts'],
  ['electron/handlers/stock.ts', 'electron/core/stock/handlers.ts'],
  ['electron/api/stockCampaigns.ts', 'electron/core/stock/campaigns/contract.ts'],
  ['electron/api/methods/stockCampaigns.ts', 'electron/core/stock/campaigns/methods.ts'],
  ['electron/handlers/stockCampaigns.ts', 'electron/core/stock/campaigns/handlers.ts'],
  ['electron/api/stockReports.ts', 'electron/core/stock/reports/contract.ts'],
  ['electron/api/methods/stockReports.ts', 'electron/core/stock/reports/methods.ts'],
  ['electron/handlers/stockReports.ts', 'electron/core/stock/reports/handlers.ts'],
  ['electron/api/inbox.ts', 'electron/core/exchange/inbox/contract.ts'],
  ['electron/api/methods/inbox.ts', 'electron/core/exchange/inbox/methods.ts'],
  ['electron/handlers/inbox.ts', 'electron/core/exchange/inbox/handlers.ts'],
  ['electron/api/outbox.ts', 'electron/core/exchange/outbox/contract.ts'],
  ['electron/api/methods/outbox.ts', 'electron/core/exchange/outbox/methods.ts'],
  ['electron/handlers/outbox.ts', 'electron/core/exchange/outbox/handlers.ts'],
  ['electron/api/keys.ts', 'electron/core/exchange/keys/contract.ts'],
  ['electron/api/methods/keys.ts', 'electron/core/exchange/keys/methods.ts'],
  ['electron/handlers/keys.ts', 'electron/core/exchange/keys/handlers.ts'],
];

const SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bvi\.(?:mock|importActual|doMock)\s*\(\s*)(['"])((?:\.{1,2}\/|@(?:api|core|db|rules|renderer)\/)[^'"]*)\2/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

function* sourceFiles(entry) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry)) yield entry;
    return;
  }
  for (const child of fs.readdirSync(entry, { withFileTypes: true })) {
    // The guardrail tests hold import lines as data (for the alias codemod): they name no real module.
    if (['node_modules', 'dist', 'migrations', 'test-results', 'guardrails'].includes(child.name)) continue;
    yield* sourceFiles(path.join(entry, child.name));
  }
}

function resolveFile(base) {
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return { file: candidate, ext };
  }
  return null;
}

/** How `spec` (written in `file`) should read once `file` sits at `newFile` and its target at its new place. */
function rewriteSpec(file, newFile, spec, moved, aliases) {
  const alias = aliases.find(({ prefix }) => spec.startsWith(prefix));
  const base = alias ? path.join(alias.dir, spec.slice(alias.prefix.length)) : path.resolve(path.dirname(file), spec);
  const found = resolveFile(base);
  if (!found) return spec;
  const target = moved.get(found.file) ?? found.file;
  if (target === found.file && newFile === file) return spec;
  // A spec naming a folder's index keeps naming the folder; otherwise the file, without its .ts.
  const written = found.ext.startsWith('/index') ? path.dirname(target) : target.replace(/\.(ts|tsx|mts)$/, '');
  let relative = path.relative(path.dirname(newFile), written).split(path.sep).join('/');
  if (!relative.startsWith('.')) relative = `./${relative}`;
  const climbs = (relative.match(/\.\.\//g) ?? []).length;
  const aliased = aliases
    .filter(({ dir }) => written.startsWith(dir + path.sep))
    .sort((a, b) => b.dir.length - a.dir.length)[0];
  if (aliased && (alias || climbs >= 3))
    return aliased.prefix + path.relative(aliased.dir, written).split(path.sep).join('/');
  return relative;
}

function main(dry) {
  const aliases = aliasTable();
  const moved = new Map();
  for (const [from, to] of MOVES) {
    const source = path.join(repoRoot, from);
    if (fs.existsSync(source)) moved.set(source, path.join(repoRoot, to));
  }
  const roots = ['db', 'electron', 'renderer', 'tests', 'rules', 'build'].map((dir) => path.join(repoRoot, dir));
  let rewritten = 0;
  const texts = new Map();
  for (const root of roots) {
    for (const file of sourceFiles(root)) {
      const newFile = moved.get(file) ?? file;
      const before = fs.readFileSync(file, 'utf8');
      const after = before.replace(SPECIFIER, (whole, lead, quote, spec) => {
        const next = rewriteSpec(file, newFile, spec, moved, aliases);
        if (next === spec) return whole;
        rewritten += 1;
        return `${lead}${quote}${next}${quote}`;
      });
      if (after !== before || newFile !== file) texts.set(file, after);
    }
  }
  console.log(`${dry ? 'Would move' : 'Moving'} ${moved.size} files; ${rewritten} imports rewritten.`);
  if (dry) return;
  for (const [file, text] of texts) fs.writeFileSync(file, text);
  for (const [from, to] of moved) {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    execFileSync('git', ['mv', path.relative(repoRoot, from), path.relative(repoRoot, to)], { cwd: repoRoot });
    const left = path.dirname(from);
    if (fs.readdirSync(left).length === 0) fs.rmdirSync(left);
  }
}

main(process.argv.includes('--dry'));
