// The main-process bundle: it requires only Electron, better-sqlite3 and Node built-ins, and it loads
// (every bundled module initialises) up to the point where it needs a running Electron.
// The real `electron` package must never be required from Node here: its index.js downloads the binary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleMain, repoRoot } from '../../../build/bundle-main.mjs';
import { tempDir } from '../support';

// Stand-in for Electron's main-process API, which cannot start here: it records what main.cjs does
// while loading and answers the single-instance lock as the test asks.
const ELECTRON_STAND_IN = `
const calls = [];
const record = (name, result) => (...args) => { calls.push([name, ...args.filter((a) => typeof a !== 'function')]); return result; };
module.exports = {
  app: {
    getPath: (name) => '/nonexistent/' + name,
    setPath: record('app.setPath'),
    requestSingleInstanceLock: record('app.requestSingleInstanceLock', process.env.STAND_IN_LOCK === 'granted'),
    quit: record('app.quit'),
    on: record('app.on'),
    whenReady: () => { calls.push(['app.whenReady']); return new Promise(() => {}); },
  },
  protocol: { registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged') },
};
process.on('exit', () => process.stdout.write(JSON.stringify(calls)));
`;

async function bundleWithStandIn() {
  const dir = tempDir('boai-bundle-');
  const main = await bundleMain(path.join(dir, 'dist'));
  const standIn = path.join(dir, 'stand-in', 'node_modules', 'electron');
  fs.mkdirSync(standIn, { recursive: true });
  fs.writeFileSync(path.join(standIn, 'index.js'), ELECTRON_STAND_IN);
  const load = (lock: 'granted' | 'denied') => {
    const result = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(main)})`], {
      encoding: 'utf8',
      timeout: 30_000,
      // The stand-in first; better-sqlite3 from the repo, as it sits beside dist/ in a package.
      env: {
        ...process.env,
        STAND_IN_LOCK: lock,
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        NODE_PATH: [path.join(dir, 'stand-in', 'node_modules'), path.join(repoRoot, 'node_modules')].join(
          path.delimiter,
        ),
      },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout) as unknown[][];
  };
  return { main, load };
}

describe('main bundle', () => {
  it('requires nothing but electron, better-sqlite3 and Node built-ins', async () => {
    const { main } = await bundleWithStandIn();
    const required = new Set(
      [...fs.readFileSync(main, 'utf8').matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!),
    );
    expect([...required].filter((name) => !name.startsWith('node:') && !builtinModules.includes(name)).sort()).toEqual([
      'better-sqlite3',
      'electron',
    ]);
    expect(fs.existsSync(path.join(path.dirname(main), '..', 'migrations', 'meta', '_journal.json'))).toBe(true);
  });

  it('loads, registers app:// before ready and quits when another instance holds the lock', async () => {
    const { load } = await bundleWithStandIn();
    const calls = load('denied');
    const names = calls.map((call) => call[0]);
    expect(names).toEqual([
      'protocol.registerSchemesAsPrivileged',
      'app.setPath',
      'app.requestSingleInstanceLock',
      'app.quit',
    ]);
    expect(calls[0]![1]).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(calls[1]).toEqual(['app.setPath', 'userData', path.join('/nonexistent/appData', 'boai-ledger')]);
  });

  it('as the first instance, wires the lifecycle and waits for ready', async () => {
    const { load } = await bundleWithStandIn();
    const calls = load('granted');
    expect(calls.filter((call) => call[0] === 'app.on').map((call) => call[1])).toEqual([
      'second-instance',
      'web-contents-created',
      'window-all-closed',
      'will-quit',
    ]);
    expect(calls.at(-1)).toEqual(['app.whenReady']);
    expect(calls.some((call) => call[0] === 'app.quit')).toBe(false);
  });
});
