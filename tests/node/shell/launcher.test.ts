// `npm start`'s launcher: Electron when its program file exists; otherwise one sentence, the real dev host
// on 127.0.0.1 and the browser opener called with its address. Nothing is downloaded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../../electron/start/electronBinary';
import { launch, noElectronMessage, type LaunchDeps } from '../../../electron/start/launch';
import { browserCommand } from '../../../electron/start/openBrowser';
import { tempDir } from '../support';
import { request, startWithRenderer } from './host-support';

/** An electron package folder as its install leaves it: path.txt, and dist/<binary> when the download happened. */
function electronPackage(downloaded: boolean, pathTxt = true): string {
  const dir = tempDir('boai-electron-');
  if (pathTxt) fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
  if (downloaded) {
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  }
  return dir;
}

function recorder(electronPath: string | null, opens = true) {
  const seen = { electron: [] as string[], opened: [] as string[], printed: [] as string[], hostStarted: 0 };
  const deps: LaunchDeps = {
    electronPath,
    runElectron: (binary) => {
      seen.electron.push(binary);
    },
    startDevHost: async () => {
      seen.hostStarted++;
      return startWithRenderer();
    },
    openBrowser: async (url) => {
      seen.opened.push(url);
      return opens;
    },
    print: (line) => {
      seen.printed.push(line);
    },
  };
  return { deps, seen };
}

describe("finding Electron's program file", () => {
  it('is the downloaded binary named by path.txt', () => {
    const dir = electronPackage(true);
    expect(electronBinary(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });
  it('is missing when the download never happened, without or with path.txt', () => {
    expect(electronBinary(electronPackage(false, false), {})).toBeNull();
    expect(electronBinary(electronPackage(false, true), {})).toBeNull();
    expect(electronBinary(null, {})).toBeNull();
  });
  it('follows ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const dist = path.join(electronPackage(true), 'dist');
    expect(electronBinary(electronPackage(false, false), { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(
      path.join(dist, 'electron'),
    );
  });
});

describe('npm start', () => {
  it('runs Electron when its binary is there, and starts no dev host', async () => {
    const binary = electronBinary(electronPackage(true), {});
    const { deps, seen } = recorder(binary);
    expect(await launch(deps)).toEqual({ via: 'electron', binary });
    expect(seen.electron).toEqual([binary]);
    expect(seen.hostStarted).toBe(0);
    expect(seen.printed).toEqual([]);
  });

  it('without the binary says so in one sentence and opens the dev host in the browser', async () => {
    const { deps, seen } = recorder(electronBinary(electronPackage(false), {}));
    const launched = await launch(deps);
    expect(seen.electron).toEqual([]);
    expect(seen.printed).toEqual([noElectronMessage()]);
    expect(seen.printed[0]).toMatch(
      /^未找到 Electron 程序文件.*改用默认浏览器打开本程序。 · Electron's program file is missing .* default browser instead\.$/,
    );
    expect(launched).toMatchObject({ via: 'browser', opened: true });
    const url = new URL(seen.opened[0]!);
    expect(seen.opened).toHaveLength(1);
    expect(url.hostname).toBe('127.0.0.1');
    // The address opens the program: the token in it lets the page in.
    const page = await request(Number(url.port), url.pathname + url.search, { headers: { host: url.host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('boai-host-token');
  });

  it('prints the address when no browser could be started', async () => {
    const { deps, seen } = recorder(null, false);
    const launched = await launch(deps);
    expect(launched).toMatchObject({ via: 'browser', opened: false });
    expect(seen.printed).toHaveLength(2);
    expect(seen.printed[1]).toContain(seen.opened[0]!);
    expect(seen.printed[1]).toContain('请在浏览器中打开这个地址');
  });

  it("uses the platform's own opener", () => {
    expect(browserCommand('http://127.0.0.1:1/?token=a', 'linux')).toEqual([
      'xdg-open',
      ['http://127.0.0.1:1/?token=a'],
    ]);
    expect(browserCommand('http://127.0.0.1:1/?token=a', 'darwin')).toEqual(['open', ['http://127.0.0.1:1/?token=a']]);
    expect(browserCommand('http://127.0.0.1:1/?a=1&token=b', 'win32')).toEqual([
      'cmd',
      ['/c', 'start', '""', 'http://127.0.0.1:1/?a=1^&token=b'],
    ]);
  });
});
