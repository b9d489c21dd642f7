// The layer rules (.dependency-cruiser.cjs) fire: a small tree with one bad import per rule, cruised with the real
// config, is refused exactly at those imports, and the allowed ones (types from the contract, the contract - shared or
// a domain's - from the renderer) pass. The real tree is cruised by `npm run lint:boundaries` in `npm test`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const depcruiseBin = path.join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-layers-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: unknown[];
}

/** Violations dependency-cruiser reports for `dirs` under `cwd`, with the repo's config. */
function cruise(cwd: string, dirs: string[]): Violation[] {
  const run = spawnSync(
    process.execPath,
    [depcruiseBin, '--config', path.join(repoRoot, '.dependency-cruiser.cjs'), '--output-type', 'json', ...dirs],
    { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (!run.stdout) throw new Error(`dependency-cruiser printed nothing: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const TREE: Record<string, string> = {
  'electron/api/limits.ts': 'export const NAME_MAX = 50;\nexport type Limit = number;\n',
  'electron/core/people.ts': 'export const listPeople = () => [];\n',
  'electron/router.ts': 'export const router = {};\n',
  // Allowed: the renderer takes the contract (relative or aliased); the core takes its types.
  'renderer/src/fine.ts':
    "import { NAME_MAX } from '@api/limits';\nimport type { Limit } from '../../electron/api/limits';\nexport const max: Limit = NAME_MAX;\n",
  'electron/core/typesOnly.ts': "import type { Limit } from '../api/limits';\nexport const limit: Limit = 1;\n",
  // Allowed: a domain's contract and methods sit in its folder; the renderer and the shared contract take them,
  // and they and the domain's handlers take the shared contract's values.
  'electron/core/roster/contract.ts': "export const ROSTER_KINDS = ['member'] as const;\n",
  'electron/core/roster/methods.ts':
    "import { NAME_MAX } from '../../api/limits';\nimport { ROSTER_KINDS } from './contract';\nexport const methods = { NAME_MAX, ROSTER_KINDS };\n",
  'electron/core/roster/handlers.ts':
    "import { NAME_MAX } from '@api/limits';\nimport { listPeople } from '../people';\nexport const handlers = { NAME_MAX, listPeople };\n",
  'electron/api/allMethods.ts': "import { methods } from '../core/roster/methods';\nexport const contract = methods;\n",
  'renderer/src/fineDomain.ts':
    "import { ROSTER_KINDS } from '@core/roster/contract';\nimport { methods } from '../../electron/core/roster/methods';\nexport const kinds = [ROSTER_KINDS, methods];\n",
  // Refused, one per rule.
  'renderer/src/reachesCore.ts':
    "import { listPeople } from '../../electron/core/people';\nexport const rows = listPeople();\n",
  'renderer/src/reachesCoreByAlias.ts':
    "import { listPeople } from '@core/people';\nexport const rows = listPeople();\n",
  'renderer/src/readsDisk.ts': "import fs from 'node:fs';\nexport const exists = fs.existsSync;\n",
  'db/schema/stock.ts': "import { NAME_MAX } from '../../electron/api/limits';\nexport const width = NAME_MAX;\n",
  'electron/core/callsRouter.ts': "import { router } from '../router';\nexport const up = router;\n",
  'electron/core/usesContractValue.ts': "import { NAME_MAX } from '../api/limits';\nexport const max = NAME_MAX;\n",
  'renderer/src/opensDatabase.ts': "import Database from 'better-sqlite3';\nexport const open = Database;\n",
  'electron/api/usesCore.ts': "import { listPeople } from '../core/people';\nexport const rows = listPeople;\n",
  'electron/core/depot/methods.ts': "import { listPeople } from '../people';\nexport const rows = listPeople;\n",
  'electron/core/depot/contract.ts': "import path from 'node:path';\nexport const sep = path.sep;\n",
  'electron/core/usesElectron.ts': "import { app } from 'electron';\nexport const name = () => app.getName();\n",
  'electron/core/ping.ts': "import { pong } from './pong';\nexport const ping = () => pong;\n",
  'electron/core/pong.ts': "import { ping } from './ping';\nexport const pong = () => ping;\n",
};

describe('layer rules', () => {
  it('refuse each bad import and let the allowed ones through', () => {
    for (const [file, text] of Object.entries(TREE)) {
      fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      fs.writeFileSync(path.join(scratch, file), text);
    }
    fs.copyFileSync(path.join(repoRoot, 'tsconfig.json'), path.join(scratch, 'tsconfig.json'));
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(scratch, 'node_modules'));

    // A package resolves through the node_modules symlink to the shared install: name it from node_modules/ on.
    const found = cruise(scratch, ['db', 'electron', 'renderer']).map(
      (v) => `${v.rule.name}: ${v.from} -> ${v.to.replace(/^.*\/node_modules\//, 'node_modules/')}`,
    );
    expect(found.sort()).toEqual([
      'api-pure: electron/api/usesCore.ts -> electron/core/people.ts',
      'api-pure: electron/core/depot/methods.ts -> electron/core/people.ts',
      'contract-no-node: electron/core/depot/contract.ts -> path',
      'core-api-types-only: electron/core/usesContractValue.ts -> electron/api/limits.ts',
      'core-not-shell: electron/core/callsRouter.ts -> electron/router.ts',
      'db-not-electron: db/schema/stock.ts -> electron/api/limits.ts',
      'no-circular: electron/core/ping.ts -> electron/core/pong.ts',
      'plain-node-no-electron: electron/core/usesElectron.ts -> node_modules/electron/index.js',
      'renderer-no-node-packages: renderer/src/opensDatabase.ts -> node_modules/better-sqlite3/lib/index.js',
      'renderer-no-node: renderer/src/readsDisk.ts -> fs',
      'renderer-only-through-api: renderer/src/reachesCore.ts -> electron/core/people.ts',
      'renderer-only-through-api: renderer/src/reachesCoreByAlias.ts -> electron/core/people.ts',
    ]);
  });
});
