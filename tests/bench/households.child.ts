// The measured side of the household import bench, run in a fresh process as an esbuild bundle (the form the app
// ships in), so its peak RSS is the import's own: `node child.cjs <dataDir> <file> <migrationsDir>` sets up a new
// county office, signs in and imports the file through the router; prints one JSON line.
import fs from 'node:fs';
import path from 'node:path';
import { openBackend } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import type { HouseholdImportResult } from '../../electron/core/households/import/contract';
import { memoryCaller } from '../../electron/router';

const PASSWORD = 'bench-password-1';

async function importHouseholds(dataDir: string, file: string, migrationsDir: string) {
  const backend = openBackend(dataDir, { migrationsDir });
  const system: CoreContext = { store: backend.store, actor: null, method: 'bench.setup', now: () => new Date() };
  setupOffice(system, {
    code: '321302',
    name: '宿城区红十字会',
    role: 'county',
    admin: { username: 'admin', password: PASSWORD },
  });
  const caller = memoryCaller();
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await backend.router.call(method, input, caller);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  await call('auth.login', { username: 'admin', password: PASSWORD });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const contentBase64 = fs.readFileSync(file).toString('base64');
  const result = await call<HouseholdImportResult>('households.import', {
    fileName: path.basename(file),
    contentBase64,
  });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const count = (table: string) => backend.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  const stored = { households: count('households'), members: count('household_members'), people: count('people') };
  backend.close();
  return {
    ms,
    rows: result.rows,
    imported: result.imported,
    invalid: result.invalid,
    households: result.households,
    stored,
    rssBeforeMb: Math.round(rssBefore / 1048576),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

// A CommonJS bundle has no top-level await.
void importHouseholds(process.argv[2]!, process.argv[3]!, process.argv[4]!).then((r) => console.log(JSON.stringify(r)));
