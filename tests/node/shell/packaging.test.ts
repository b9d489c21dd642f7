// What a user would get from `npm run dist`: electron-builder's real `--dir` packing (Linux x64) of our
// config, run against a stand-in Electron folder (the binary cannot be downloaded here), then the result
// read back: fuses flipped, app.asar holding only dist/, better-sqlite3's prebuilds unpacked, no dev
// dependency, nothing downloaded. The Windows and arm64 targets are checked in the config.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../build/bundle-main.mjs';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as typeof import('@electron/asar');
const fuses = require('@electron/fuses') as typeof import('@electron/fuses');
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  main: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

// The fuse wire as Electron ships it (@electron/fuses FuseV1Options order, '1' on, '0' off):
// RunAsNode, CookieEncryption, NODE_OPTIONS, inspect, asar integrity, only-asar, V8 snapshot, file:// privileges.
const SHIPPED_WIRE = '10110001';

/** A folder shaped like an unpacked Electron for linux-x64: the executable carries a real fuse wire. */
function standInElectron(dir: string): string {
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'resources'));
  for (const locale of ['en-US', 'zh-CN', 'de', 'fr', 'ja'])
    fs.writeFileSync(path.join(dir, 'locales', `${locale}.pak`), locale);
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'Electron stand-in');
  fs.writeFileSync(path.join(dir, 'version'), require('electron/package.json').version);
  const script = '#!/bin/sh\necho "stand-in Electron for packaging tests; it cannot run the app" >&2\nexit 1\n# ';
  const wire = Buffer.concat([
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, SHIPPED_WIRE.length]),
    Buffer.from(SHIPPED_WIRE),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from(script), wire, Buffer.from('\n')]), {
    mode: 0o755,
  });
  return dir;
}

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** dist/ is reused when every built file is newer than every source; else `npm run build`. */
function buildIfStale(): void {
  const built = [
    'dist/main/main.cjs',
    'dist/preload/preload.cjs',
    'dist/renderer/index.html',
    'dist/migrations/meta/_journal.json',
  ].map((file) => path.join(repoRoot, file));
  const sources = ['electron', 'db', 'renderer', 'build/bundle-main.mjs', 'package.json'].map((file) =>
    path.join(repoRoot, file),
  );
  const fresh =
    built.every((file) => fs.existsSync(file)) &&
    Math.min(...built.map((file) => fs.statSync(file).mtimeMs)) > Math.max(...sources.map(newestMtime));
  if (fresh) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, encoding: 'utf8', timeout: 150_000 });
  expect(result.status, result.stdout + result.stderr).toBe(0);
}

interface Packed {
  work: string;
  log: string;
  appDir: string;
  archive: string;
  cache: string;
}
let packed: Packed;

beforeAll(() => {
  buildIfStale();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-pack-')); // one packing for the whole file
  const cache = path.join(work, 'download-cache');
  fs.mkdirSync(cache);
  const output = path.join(work, 'release');
  const result = spawnSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--config',
      'electron-builder.yml',
      '--linux',
      'dir',
      '--x64',
      `-c.electronDist=${standInElectron(path.join(work, 'electron-dist'))}`,
      `-c.directories.output=${output}`,
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
      // Any download would land in these caches (electron-builder's tools, @electron/get's Electron zips).
      env: {
        ...process.env,
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        ELECTRON_BUILDER_CACHE: cache,
        electron_config_cache: cache,
      },
    },
  );
  const log = `${result.stdout}\n${result.stderr}`;
  expect(result.status, log).toBe(0);
  const appDir = path.join(output, 'linux-unpacked');
  packed = { work, log, appDir, archive: path.join(appDir, 'resources', 'app.asar'), cache };
}, 240_000);

afterAll(() => {
  if (packed) fs.rmSync(packed.work, { recursive: true, force: true });
});

describe('electron-builder --dir with a stand-in Electron', () => {
  it('downloads nothing', () => {
    expect(packed.log).not.toMatch(/download/i);
    expect(fs.readdirSync(packed.cache)).toEqual([]);
  });

  it('flips the fuses in the executable', async () => {
    const wire = (await fuses.getCurrentFuseWire(path.join(packed.appDir, 'boai-ledger'))) as unknown as Record<
      number,
      number
    >;
    const fuse = fuses.FuseV1Options;
    const state = (option: number) => String.fromCharCode(wire[option]!); // '1' on, '0' off
    expect({
      runAsNode: state(fuse.RunAsNode),
      cookieEncryption: state(fuse.EnableCookieEncryption),
      nodeOptions: state(fuse.EnableNodeOptionsEnvironmentVariable),
      inspect: state(fuse.EnableNodeCliInspectArguments),
      asarIntegrity: state(fuse.EnableEmbeddedAsarIntegrityValidation),
      onlyAsar: state(fuse.OnlyLoadAppFromAsar),
      fileProtocolPrivileges: state(fuse.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: '0',
      cookieEncryption: '1',
      nodeOptions: '0',
      inspect: '0',
      asarIntegrity: '1',
      onlyAsar: '1',
      fileProtocolPrivileges: '0',
    });
  });

  it('keeps only the Chinese and English Chromium locales', () => {
    expect(fs.readdirSync(path.join(packed.appDir, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
  });

  it('packs the built main, preload, renderer and migrations, and no sources', () => {
    const files = asar.listPackage(packed.archive, { isPack: false }).map((file) => file.split(path.sep).join('/'));
    for (const file of [
      '/package.json',
      '/dist/main/main.cjs',
      '/dist/preload/preload.cjs',
      '/dist/renderer/index.html',
      '/dist/migrations/meta/_journal.json',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.some((file) => file.startsWith('/dist/renderer/assets/') && file.endsWith('.js'))).toBe(true);
    expect(
      files.filter(
        (file) => /^\/(electron|renderer|db|tests|build|scripts)\//.test(file) || /\.(ts|tsx|map)$/.test(file),
      ),
    ).toEqual([]);
    const packagedPkg = JSON.parse(asar.extractFile(packed.archive, 'package.json').toString('utf8'));
    expect(packagedPkg.main).toBe(pkg.main);
  });

  it('unpacks better-sqlite3 prebuilds for win32-x64, linux-x64 and linux-arm64', () => {
    for (const target of ['win32-x64', 'linux-x64', 'linux-arm64']) {
      const inside = `node_modules/better-sqlite3/prebuilds/${target}.node`;
      expect(fs.statSync(path.join(packed.appDir, 'resources', 'app.asar.unpacked', inside)).size).toBeGreaterThan(
        100_000,
      );
      expect(asar.statFile(packed.archive, inside), inside).toMatchObject({ unpacked: true });
    }
  });

  it('packs no dev dependency: better-sqlite3 is the only module', () => {
    const modules = (files: string[]) =>
      new Set(
        files
          .map(
            (file) =>
              file
                .split(path.sep)
                .join('/')
                .match(/^\/?node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1],
          )
          .filter(Boolean),
      );
    const unpackedDir = path.join(packed.appDir, 'resources', 'app.asar.unpacked');
    const packedModules = new Set([
      ...modules(asar.listPackage(packed.archive, { isPack: false })),
      ...modules(fs.readdirSync(unpackedDir, { recursive: true, encoding: 'utf8' })),
    ]);
    expect([...packedModules]).toEqual(Object.keys(pkg.dependencies));
    for (const dev of [
      ...Object.keys(pkg.devDependencies),
      'playwright',
      'playwright-core',
      'vite',
      'vitest',
      'typescript',
      'react',
      'electron-builder',
      'drizzle-kit',
    ]) {
      expect(packedModules.has(dev), dev).toBe(false);
    }
  });

  it('keeps app.asar under 60 MB', () => {
    expect(fs.statSync(packed.archive).size).toBeLessThan(60 * 1024 * 1024);
  });
});

describe('installer targets in electron-builder.yml', () => {
  it('builds NSIS x64 for Windows and deb + AppImage for Linux x64 and arm64', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const config = await getConfig(repoRoot, path.join(repoRoot, 'electron-builder.yml'), null);
    await validateConfiguration(config, { isEnabled: false, add() {} });
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true });
    expect(config.nsis.installerLanguages).toEqual(expect.arrayContaining(['zh_CN', 'en_US']));
    expect(config.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux.category).toBe('Office');
    expect(config.deb.depends.length).toBeLessThan(12);
  });
});
