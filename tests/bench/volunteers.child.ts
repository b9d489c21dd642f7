// The measured side of the service-hours import bench, run in a fresh process as an esbuild bundle (the form the
// app ships in), so its peak RSS is the import's own: `node child.cjs <dataDir> <file> <migrationsDir>` opens the
// county office the bench set up with its volunteers (volunteerImportOffice), signs in and imports the file through
// the router; prints one JSON line.
import fs from 'node:fs';
import path from 'node:path';
import { openBackend } from '../../electron/backend';
import type { HoursImportResult } from '../../electron/core/volunteers/import/contract';
import { memoryCaller } from '../../electron/router';
import { IMPORT_OFFICE_PASSWORD } from './volunteers-seed';

async function importHours(dataDir: string, file: string, migrationsDir: string) {
  const backend = openBackend(dataDir, { migrationsDir });
  const caller = memoryCaller();
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await backend.router.call(method, input, caller);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  await call('auth.login', { username: 'admin', password: IMPORT_OFFICE_PASSWORD });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const contentBase64 = fs.readFileSync(file).toString('base64');
  const result = await call<HoursImportResult>('volunteers.importHours', {
    fileName: path.basename(file),
    contentBase64,
  });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const stored = backend.store.sqlite.prepare('SELECT count(*) FROM volunteer_service_records').pluck().get();
  backend.close();
  return {
    ms,
    rows: result.rows,
    imported: result.imported,
    invalid: result.invalid,
    hours: result.importedHalfHours / 2,
    stored,
    rssBeforeMb: Math.round(rssBefore / 1048576),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

// A CommonJS bundle has no top-level await.
void importHours(process.argv[2]!, process.argv[3]!, process.argv[4]!).then((r) => console.log(JSON.stringify(r)));
