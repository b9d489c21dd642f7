// Crash safety: a child process applying a large package is killed with SIGKILL at random moments. After
// each kill the database passes integrity_check and its audit chain, and holds either none or all of the
// package: records, journal, inbox record and stream position together; sort indexes the apply dropped are
// there again once the app has opened the database.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@core/audit/chain';
import { loadKeyRing, trustLookup } from '@core/exchange/keys';
import { openDatabase } from '@db/open';
import { bundleMainEntry, repoRoot } from '../../../build/bundle-main.mjs';
import { travellingPeople, writeCountyPackage } from '../../fixtures/cityRecords';
import { seededRandom } from '../../fixtures/people';
import { KEY_PASSPHRASE, tempDir } from '../support';
import { cityWith, COUNTY, CITY } from './exchange-apply-support';

const RECORDS = 12_000;
const TRIALS = 50;

interface Run {
  killed: boolean;
  output: string;
}

/** Starts the child, waits for "applying", kills it `delayMs` later (or lets it finish). */
function applyAndKill(bundle: string, dbFile: string, file: string, delayMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dbFile, KEY_PASSPHRASE, file], {
      env: { ...process.env, BOAI_MIGRATIONS: path.join(repoRoot, 'db/migrations') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (delayMs !== null && output.startsWith('applying') && !killed) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', output }));
  });
}

interface State {
  integrity: string;
  people: number;
  journal: number;
  inbox: number;
  lastSeq: number | null;
  auditOk: boolean;
  indexes: number;
}

/** The database as the app finds it on its next start: opened the app's way (which builds dropped indexes again). */
function stateOf(dbFile: string): State {
  openDatabase(dbFile).sqlite.close();
  const db = new Database(dbFile);
  try {
    const one = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      people: one(`SELECT count(*) FROM people WHERE office_code = '${COUNTY}'`),
      journal: one(`SELECT count(*) FROM change_journal WHERE table_name = 'people'`),
      inbox: one(`SELECT count(*) FROM inbox_packages WHERE status = 'applied'`),
      lastSeq: (db.prepare('SELECT last_seq FROM inbox_streams').pluck().get() as number | null) ?? null,
      auditOk: verifyAuditChain(db).ok,
      indexes:
        one(`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people'`) +
        one(`SELECT count(*) FROM deferred_indexes`) * 1000,
    };
  } finally {
    db.close();
  }
}

describe('applying a package survives SIGKILL', () => {
  let bundle: string;
  let pristine: string;
  let packageFile: string;

  beforeAll(async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const dir = tempDir('boai-crash-');
    const incarnationId = county!.store.sqlite.prepare('SELECT incarnation_id FROM office').pluck().get() as string;
    const written = await writeCountyPackage(
      { keys: loadKeyRing(county!.ctx()), city: trustLookup(county!.store).office(CITY)!, incarnationId },
      dir,
      { seq: 1, prevHash: null, records: travellingPeople(RECORDS, COUNTY, 5) },
    );
    packageFile = written.files[0]!;
    pristine = path.join(dir, 'pristine.sqlite');
    city.store.sqlite.prepare('VACUUM INTO ?').run(pristine);
    bundle = await bundleMainEntry(
      path.join(import.meta.dirname, 'exchange-crash.child.ts'),
      path.join(repoRoot, 'node_modules/.cache/boai-test/exchange-crash-child.cjs'),
    );
  }, 120_000);

  it(`holds none or all of the package after each of ${TRIALS} kills`, async () => {
    const work = tempDir('boai-crash-trials-');
    const copy = (name: string) => {
      const file = path.join(work, name, 'boai.sqlite');
      fs.mkdirSync(path.dirname(file));
      fs.copyFileSync(pristine, file);
      return file;
    };

    // An undisturbed run first: what "all" is, and how long applying takes here.
    const whole = copy('whole');
    const full = await applyAndKill(bundle, whole, packageFile, null);
    expect(full.output).toContain('"status":"applied"');
    const all = stateOf(whole);
    const applyMs = (JSON.parse(full.output.split('\n')[1]!) as { ms: number }).ms;
    expect(all).toMatchObject({
      integrity: 'ok',
      people: RECORDS,
      journal: RECORDS,
      inbox: 1,
      lastSeq: 1,
      auditOk: true,
    });
    const none = stateOf(copy('none'));
    expect(all.indexes).toBe(none.indexes); // every index there, none left to build

    const random = seededRandom(2026);
    const seen = { none: 0, all: 0, killed: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const dbFile = copy(`trial-${trial}`);
      const run = await applyAndKill(bundle, dbFile, packageFile, Math.floor(random() * applyMs * 1.1));
      const state = stateOf(dbFile);
      expect(state.integrity, `trial ${trial}`).toBe('ok');
      expect(state.auditOk, `trial ${trial}`).toBe(true);
      expect(
        [none, all].map((s) => ({ ...s, integrity: 'ok', auditOk: true })),
        `trial ${trial}`,
      ).toContainEqual({ ...state });
      if (state.people === 0) seen.none++;
      else seen.all++;
      if (run.killed) seen.killed++;
      fs.rmSync(path.dirname(dbFile), { recursive: true, force: true });
    }
    // The kills must really land mid-apply: some trials end with none of it, and most were killed.
    expect(seen.none).toBeGreaterThan(TRIALS / 4);
    expect(seen.killed).toBeGreaterThan(TRIALS / 2);
    console.log(`crash trials: ${JSON.stringify(seen)}, undisturbed apply ${Math.round(applyMs)} ms`);
  }, 300_000);
});
